-- wrk script of the load benchmark: cycles the queries of queries.txt against one system's search endpoint,
-- each configured alike: OR of the words, top 10, one highlighted body snippet of ~100 chars (Fanwen: its
-- /api/v1/search as it ships). Usage:
--   wrk -t2 -c16 -d20s -s bench/load/queries.lua http://127.0.0.1:PORT -- fanwen|solr|opensearch [QUERIES [distinct SEED]]
-- With "distinct", each request is four words drawn at random (seeded by SEED and the thread) from the words of
-- QUERIES instead: 91,390 combinations, so that a run's queries almost never repeat and no result cache answers them.
-- done() prints one "wrk key=value ..." line that bench/load/run.sh reads.

local queries = {}
local system
local counter = 0
local next_thread = 0
local words -- the vocabulary of the distinct queries, when asked for

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function jsonstring(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function setup(thread)
  thread:set("thread_number", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  system = args[1]
  for line in io.lines(args[2] or "bench/load/queries.txt") do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      queries[#queries + 1] = line
    end
  end
  if system ~= "fanwen" and system ~= "solr" and system ~= "opensearch" then
    error("usage: -- fanwen|solr|opensearch [QUERIES]")
  end
  counter = ((thread_number or 0) * 101) % #queries -- threads start at different queries
  if args[3] == "distinct" then
    local seen = {}
    words = {}
    for _, q in ipairs(queries) do
      for word in q:gmatch("%S+") do
        if not seen[word] then
          seen[word] = true
          words[#words + 1] = word
        end
      end
    end
    math.randomseed(tonumber(args[4] or "1") * 1000 + (thread_number or 0))
  end
end

local function distinct_query()
  local picked, chosen = {}, {}
  while #chosen < 4 do
    local i = math.random(#words)
    if not picked[i] then
      picked[i] = true
      chosen[#chosen + 1] = words[i]
    end
  end
  return table.concat(chosen, " ")
end

function request()
  counter = counter % #queries + 1
  local q = words and distinct_query() or queries[counter]
  if system == "fanwen" then
    return wrk.format("GET", "/api/v1/search?size=10&q=" .. urlencode(q))
  elseif system == "solr" then
    -- /select's defaults (solrconfig.xml): edismax over title and body, q.op=OR, rows=10, unified highlighter
    return wrk.format("GET", "/solr/peer/select?q=" .. urlencode(q))
  else
    local body = '{"size":10,"_source":["title"],"query":{"multi_match":{"query":' .. jsonstring(q)
        .. ',"fields":["title","body"],"operator":"or"}},'
        .. '"highlight":{"fields":{"body":{"fragment_size":100,"number_of_fragments":1}}}}'
    return wrk.format("POST", "/peer/_search", { ["Content-Type"] = "application/json" }, body)
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("wrk requests=%d seconds=%.1f qps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors.status,
    errors.connect + errors.read + errors.write, errors.timeout))
end
