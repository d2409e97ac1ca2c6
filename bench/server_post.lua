-- wrk script for bench_server.py: POST /v1/annotate with a JSON body read from files.
-- Arguments (after --): <head file> <tail file> <mode>
--   mode "same": every request sends head .. tail (identical input: response-cache hits)
--   mode "vary": head .. "<thread>-<n>" .. tail, a unique HTML comment per request, so the
--                server's response cache never hits and every request is annotated.

local head, tail, mode
local counter = 0
local thread_id = 0
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  return data
end

function init(args)
  head = slurp(args[1])
  tail = slurp(args[2])
  mode = args[3] or "vary"
  thread_id = id or 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = head .. tail
end

function request()
  if mode == "same" then
    return wrk.format(nil, nil, nil, head .. tail)
  end
  counter = counter + 1
  return wrk.format(nil, nil, nil, head .. thread_id .. "-" .. counter .. tail)
end
