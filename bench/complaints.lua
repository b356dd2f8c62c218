-- wrk script of bench/complaints.sh. One wrk thread per connection (-t N -c N), so each thread's
-- Lua state is one browser: its own session cookie and CSRF token, fetched beforehand with curl
-- (one GET of the page per connection) and read here from a file, one line per connection.
--   wrk ... -s bench/complaints.lua URL -- MODE SLUG SESSIONS [CASES]
-- MODE file:   POST /SLUG/complaints/corruption, a text-only anonymous report; expects 200 (receipt)
--              SESSIONS lines: "cookies csrf category-id"
-- MODE signin: POST /SLUG/complaints/track with a case number and secret; expects 302 to the case
--              SESSIONS lines: "cookies csrf"; CASES lines: "number secret"
-- MODE view:   GET /SLUG/complaints/track/NUMBER in a session that signed in to it; expects 200
--              SESSIONS lines: "cookies csrf number"
-- MODE page:   GET /SLUG/complaints/track (the sign-in form) in the same sessions: the cost of any page
--              (security filters, the session in PostgreSQL, the layout) without the case; expects 200
-- Any other status counts as an error. done() prints one RESULT line for the shell to parse.

dofile("bench/wrk-common.lua")

function init(args)
  mode, slug = args[1], args[2]
  local me = nth_line(args[3], id)
  cookie, csrf = me[1], me[2]
  errors, sent = 0, 0
  wrk.headers["Cookie"] = cookie
  if mode == "file" then
    expected = 200
    wrk.method = "POST"
    wrk.path = "/" .. slug .. "/complaints/corruption"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    prefix = "_csrf=" .. urlencode(csrf) .. "&categoryId=" .. me[3] .. "&anonymous=true"
      .. "&description=" .. urlencode("มีการเรียกรับเงินจากผู้รับเหมาก่อนตรวจรับงานก่อสร้างถนนในหมู่บ้าน ขอให้ตรวจสอบ")
  elseif mode == "signin" then
    expected = 302
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    cases = {}
    for line in io.lines(args[4]) do cases[#cases + 1] = words(line) end
    path = "/" .. slug .. "/complaints/track"
    prefix = "_csrf=" .. urlencode(csrf)
  elseif mode == "view" then
    expected = 200
    request_text = wrk.format("GET", "/" .. slug .. "/complaints/track/" .. me[3])
  elseif mode == "page" then
    expected = 200
    request_text = wrk.format("GET", "/" .. slug .. "/complaints/track")
  else
    error("unknown mode " .. tostring(mode))
  end
end

function request()
  sent = sent + 1
  if mode == "file" then
    return wrk.format(nil, nil, nil,
      prefix .. "&subject=" .. urlencode("เรียกรับเงินก่อนตรวจรับงาน " .. id .. "-" .. sent))
  elseif mode == "signin" then
    local c = cases[(id * 7 + sent) % #cases + 1]
    return wrk.format("POST", path, nil, prefix .. "&number=" .. c[1] .. "&secret=" .. c[2])
  else
    return request_text
  end
end
