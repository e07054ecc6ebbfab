-- wrk script: each request takes the next of the benchmark's search paths (one per line in SEARCH_PATHS).
local paths = {}
for line in io.lines(os.getenv("SEARCH_PATHS")) do paths[#paths + 1] = line end
local next_path = 0

request = function()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end
