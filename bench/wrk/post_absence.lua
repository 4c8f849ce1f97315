-- POST /v1/hris/absences with valid bodies: the employee and the dates rotate over the ids given as arguments.
-- Arguments: absence type id, then employee ids.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local bodies = {}
local counter = 0

function init(args)
  local type_id = args[1]
  for i = 2, #args do
    local day = ((i - 2) % 20) + 1
    bodies[#bodies + 1] = string.format(
      '{"employee_id":"%s","absence_type_id":"%s","status":"REQUESTED","start_date":"2027-02-%02d","end_date":"2027-02-%02d",' ..
      '"start_half_day":false,"end_half_day":false,"employee_note":null}',
      args[i], type_id, day, day + 1)
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

function done(summary, latency, requests)
  report(summary, latency)
end
