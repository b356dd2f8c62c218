-- Shared by bench/complaints.lua and bench/surveys.lua (loaded with dofile from the repository's root):
-- one wrk thread per connection, each thread's Lua state one browser; a status other than the
-- script's `expected` counts as an error; done() prints one RESULT line for the shell to parse.

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function words(line)
  local t = {}
  for w in line:gmatch("%S+") do t[#t + 1] = w end
  return t
end

function nth_line(path, n)
  local i = 0
  for line in io.lines(path) do
    i = i + 1
    if i == n then return words(line) end
  end
  error("no line " .. n .. " in " .. path)
end

function response(status, headers, body)
  if status ~= expected then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("thread " .. id .. ": status " .. status .. "\n") end
  end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, t in ipairs(threads) do wrong = wrong + t:get("errors") end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.2f rate=%.2f p50_ms=%.1f p99_ms=%.1f wrong_status=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, wrong,
    e.connect + e.read + e.write + e.timeout))
end
