-- The sustained load of the memory check: of every 20 requests, 10 employee pages (first page and a deep cursor),
-- 4 filtered employee pages, 4 application pages and 2 absence creations.
-- Arguments: deep employees path, filtered employees path, absence type id, ATS integration id, then employee ids.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local requests = {}
local counter = 0

-- wrk.format replaces the command line's headers when given some, so copy them and override.
local function headers(extra)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  for k, v in pairs(extra) do h[k] = v end
  return h
end

function init(args)
  local deep, filtered, type_id, ats = args[1], args[2], args[3], args[4]
  local get = function(path) return wrk.format("GET", path, headers({})) end
  local post = function(i)
    local body = string.format(
      '{"employee_id":"%s","absence_type_id":"%s","status":"REQUESTED","start_date":"2027-03-%02d","end_date":"2027-03-%02d",' ..
      '"employee_note":null}', args[5 + (i % (#args - 4))], type_id, (i % 20) + 1, (i % 20) + 2)
    return wrk.format("POST", "/v1/hris/absences", headers({ ["Content-Type"] = "application/json" }), body)
  end
  for i = 1, 5 do requests[#requests + 1] = get("/v1/hris/employees?page_size=100") end
  for i = 1, 5 do requests[#requests + 1] = get(deep) end
  for i = 1, 4 do requests[#requests + 1] = get(filtered) end
  for i = 1, 4 do
    requests[#requests + 1] = wrk.format("GET", "/v1/ats/applications?page_size=100", headers({ ["X-Integration-Id"] = ats }))
  end
  for i = 1, 2 do requests[#requests + 1] = post(i) end
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, requests)
  report(summary, latency)
end
