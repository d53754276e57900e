-- Casts votes from a file of "cookie<TAB>category<TAB>nominee" lines: each wrk thread takes
-- every n-th line, so that no two requests carry the same voter and category.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local path, nthreads = args[1], tonumber(args[2])
  lines = {}
  local i = 0
  for line in io.lines(path) do
    if i % nthreads == id then
      local cookie, category, nominee = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
      table.insert(lines, { cookie = cookie, body = "category=" .. category .. "&nominee=" .. nominee })
    end
    i = i + 1
  end
  next_line = 1
end

function request()
  local l = lines[next_line]
  next_line = next_line % #lines + 1
  return wrk.format("POST", "/api/voting/cast", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = l.cookie,
  }, l.body)
end
