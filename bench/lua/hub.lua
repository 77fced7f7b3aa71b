-- wrk driver for bench/run. Environment: THV_MODE (rest | graphql | write | get | werkplek), THV_TOKEN (bearer), THV_COOKIE
-- (a werkplek login's session cookies: sent instead of the bearer token when set), THV_IDS (file with
-- one case id per line), THV_PATH (for get), THV_DELAY_MS (optional think time per connection, for a reduced rate),
-- THV_RATE (optional: requests per second over all threads, paced per thread, for a rate fixed in advance).
-- Prints one machine-readable line: RESULT requests duration_us errors p50_ms p95_ms p99_ms non2xx
local mode = os.getenv("THV_MODE")
local token = os.getenv("THV_TOKEN")
local cookie = os.getenv("THV_COOKIE")
local target = os.getenv("THV_PATH")
local delay_ms = tonumber(os.getenv("THV_DELAY_MS") or "0")
local rate = tonumber(os.getenv("THV_RATE") or "0")
local ids = {}
if os.getenv("THV_IDS") then
  for line in io.lines(os.getenv("THV_IDS")) do ids[#ids + 1] = line end
end

local GQL = 'query($id: ID!) { huisverbod(id: $id) { id registratienummer gemeente wijk status opgelegdOp eindmoment verlengd'
  .. ' herhaling herhalingVan { huisverbodId grond } adres { straat huisnummer postcode plaats }'
  .. ' betrokkenen { id rol naam geboortedatum } geweld { type ernst intiemeTerreur } strafrechtelijkTraject verblijfUhg'
  .. ' verblijfAchterblijvers hulpverlening { plan veiligheidsafspraken } coordinerendeOrganisatie monitoringEinde peilmoment'
  .. ' toewijzingen { rol gebruikersnaam organisatie toegewezenOp } verlengingsadvies { advies motivering gegevenOp }'
  .. ' intrekking { ingetrokkenOp reden } afsluiting { afgeslotenOp overdrachtAan overdrachtDatum gezamenlijkGesprek }'
  .. ' overtredingen { aantal vermoed zonderVervolg vervolgacties }'
  .. ' ggzSignalen { betrokkeneId betrokkenheid instelling contactpersoon { rol telefoon } gewijzigdOp }'
  .. ' openTaken toegestaneActies versie onthouden } }'

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

local function id()
  return ids[math.random(#ids)]
end

function request()
  local h = { ["Authorization"] = "Bearer " .. token }
  if cookie and cookie ~= "" then
    h = { ["Cookie"] = cookie }
  end
  if mode == "rest" then
    return wrk.format("GET", "/api/v1/huisverboden/" .. id(), h)
  elseif mode == "werkplek" then
    return wrk.format("GET", "/werkplek/huisverboden/" .. id(), h)
  elseif mode == "graphql" then
    h["Content-Type"] = "application/json"
    return wrk.format("POST", "/graphql", h, '{"query":"' .. GQL .. '","variables":{"id":"' .. id() .. '"}}')
  elseif mode == "write" then
    h["Content-Type"] = "application/json"
    local moment = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 1800)
    return wrk.format("POST", "/api/v1/huisverboden/" .. id() .. "/overtredingen", h,
      '{"moment":"' .. moment .. '","soort":"CONTACT_TELEFOON_APP","melder":"ACHTERBLIJVER","omschrijving":"Belde herhaaldelijk"}')
  else
    return wrk.format("GET", target, h)
  end
end

if rate > 0 then
  -- A think time fixed in advance gives a rate that falls as latency grows; instead each thread hands out send times
  -- at its share of THV_RATE, one per request, and a connection waits for its slot (behind schedule: at once, without
  -- catching up in a burst). wrk gives Lua no millisecond clock, so LuaJIT's FFI reads the system's.
  local ffi = require("ffi")
  ffi.cdef[[
    typedef struct { long tv_sec; long tv_usec; } thv_timeval;
    int gettimeofday(thv_timeval *tv, void *tz);
  ]]
  local tv = ffi.new("thv_timeval")
  local function now_ms()
    ffi.C.gettimeofday(tv, nil)
    return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
  end
  local threads = tonumber(os.getenv("THV_THREADS") or "1")
  local interval = 1000 * threads / rate
  local slot = 0
  function delay()
    local t = now_ms()
    slot = math.max(slot + interval, t)
    return math.floor(slot - t)
  end
elseif delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.2f %.2f %.2f %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status))
end
