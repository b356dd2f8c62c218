-- wrk script of bench/oversight.sh: GET one oversight page again and again. One wrk thread per
-- connection (-t N -c N), each thread's Lua state one browser signed in as an oversight user (its
-- own session, from a file of one session cookie per line, signed in beforehand with curl).
--   wrk ... -s bench/oversight.lua URL -- PATH SESSIONS
-- Any status but 200 counts as an error. done() prints one RESULT line for the shell to parse.

dofile("bench/wrk-common.lua")

function init(args)
  local me = nth_line(args[2], id)
  errors, sent = 0, 0
  expected = 200
  wrk.headers["Cookie"] = "SUJARIT_SESSION=" .. me[1]
  request_text = wrk.format("GET", args[1])
end

function request()
  return request_text
end
