-- GET of the URL given to wrk, with the headers given by -H; reports through report.lua.
-- Optional argument: a path (with query) that replaces the URL's, e.g. one carrying a deep cursor.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")

local path

function init(args)
  path = args[1]
end

function request()
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  report(summary, latency)
end
