// A partner's webhook endpoint as partners would write it: the official `standardwebhooks` library verifies each
// delivery, the official `cloudevents` library parses and validates it. Used by WebhookStandaardTest.
//   POST /hook        a delivery from the hub: verified with every configured secret, parsed, recorded
//   POST /config      {geheimen: [...], storingen: n}: the secrets to verify with; answer 500 to the next n deliveries
//   POST /controleer  {headers, body}: verify and parse a delivery the test hands in (tampered, replayed, ...)
//   GET  /ontvangen   every recorded delivery with its outcome
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { HTTP } from 'cloudevents';

const port = Number(process.argv[2]);
let geheimen = [];
let storingen = 0;
const ontvangen = [];

function lees(req) {
  return new Promise((klaar) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { body += c; });
    req.on('end', () => klaar(body));
  });
}

function controleer(headers, body) {
  const uitslag = { webhookId: headers['webhook-id'], headers, body, geldig: {}, fouten: {} };
  for (const g of geheimen) {
    try {
      new Webhook(g).verify(body, headers);
      uitslag.geldig[g] = true;
    } catch (e) {
      uitslag.geldig[g] = false;
      uitslag.fouten[g] = String(e.message);
    }
  }
  try {
    const event = HTTP.toEvent({ headers, body });
    event.validate();
    uitslag.event = JSON.parse(JSON.stringify(event));
  } catch (e) {
    uitslag.cloudeventFout = String(e.message || e);
  }
  return uitslag;
}

function json(res, status, waarde) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(waarde));
}

http.createServer(async (req, res) => {
  const body = await lees(req);
  if (req.url === '/config') {
    const c = JSON.parse(body);
    geheimen = c.geheimen ?? geheimen;
    storingen = c.storingen ?? 0;
    res.writeHead(204).end();
  } else if (req.url === '/ontvangen') {
    json(res, 200, ontvangen);
  } else if (req.url === '/controleer') {
    const c = JSON.parse(body);
    json(res, 200, controleer(c.headers, c.body));
  } else {
    const uitslag = controleer(req.headers, body);
    uitslag.storing = storingen > 0;
    ontvangen.push(uitslag);
    if (storingen > 0) {
      storingen -= 1;
      res.writeHead(500).end();
    } else {
      res.writeHead(Object.values(uitslag.geldig).some((v) => v) ? 204 : 401).end();
    }
  }
}).listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
