-- wrk script of bench/surveys.sh. One wrk thread per connection (-t N -c N), so each thread's Lua
-- state is one browser with its own session cookie and CSRF token (fetched beforehand with curl,
-- one line per connection: "cookies csrf").
--   wrk ... -s bench/surveys.lua URL -- MODE SLUG SURVEY-ID SESSIONS
-- MODE answer:  POST /SLUG/surveys/ID/answer with all 30 questions of the benchmark's questionnaire
--               answered (q1 one of 3 choices, q2-q27 a 5-point scale, q28 a 1-5 rating, q29 a
--               number, q30 a short text); expects 200 (the thank-you page)
-- MODE results: GET /console/surveys/ID/results in the officer's signed-in session; expects 200
-- Any other status counts as an error. done() prints one RESULT line for the shell to parse.

dofile("bench/wrk-common.lua")

function init(args)
  mode, slug, survey = args[1], args[2], args[3]
  local me = nth_line(args[4], id)
  errors, sent = 0, 0
  math.randomseed(id * 7919)
  wrk.headers["Cookie"] = me[1]
  if mode == "answer" then
    expected = 200
    wrk.method = "POST"
    wrk.path = "/" .. slug .. "/surveys/" .. survey .. "/answer"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    prefix = "_csrf=" .. urlencode(me[2])
    comment = urlencode("ขอให้เพิ่มเจ้าหน้าที่ช่วงเช้า")
  elseif mode == "results" then
    expected = 200
    request_text = wrk.format("GET", "/console/surveys/" .. survey .. "/results")
  else
    error("unknown mode " .. tostring(mode))
  end
end

function request()
  sent = sent + 1
  if mode ~= "answer" then return request_text end
  local parts = { prefix, "&a.q1=", math.random(0, 2) }
  for q = 2, 27 do
    -- mostly satisfied, as the seed's surveys are: levels 0-1 three times in four
    local level = math.random(0, 3) < 3 and math.random(0, 1) or math.random(2, 4)
    parts[#parts + 1] = "&a.q" .. q .. "=" .. level
  end
  parts[#parts + 1] = "&a.q28=" .. math.random(0, 4)
  parts[#parts + 1] = "&a.q29=" .. math.random(18, 80)
  parts[#parts + 1] = "&a.q30=" .. comment
  return wrk.format(nil, nil, nil, table.concat(parts))
end
