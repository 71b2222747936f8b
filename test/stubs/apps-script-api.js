// Loaded with --require into the clasp process a test runs: the Apps Script API, in memory.
// Every HTTPS request goes to a local server instead, which answers the two calls clasp push
// makes (the project's content, then its replacement) and records what was pushed in the file
// APPS_SCRIPT_STUB_LOG names. Anything else is refused, so an unexpected call fails the test.
const http = require('http');
const https = require('https');
const { writeFileSync } = require('fs');

const log = process.env.APPS_SCRIPT_STUB_LOG;
const calls = [];
const remote = [{ name: 'appsscript', type: 'JSON', source: '{"timeZone":"Etc/UTC"}' }];

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    // Whole before decoded: a character may be split between two chunks.
    const body = Buffer.concat(chunks).toString('utf8');
    calls.push({ method: req.method, path: req.url, body: body ? JSON.parse(body) : null });
    writeFileSync(log, JSON.stringify(calls));
    const content = /^\/v1\/projects\/([^/]+)\/content/.exec(req.url);
    res.setHeader('content-type', 'application/json');
    if (content && req.method === 'GET') {
      res.end(JSON.stringify({ scriptId: content[1], files: remote }));
    } else if (content && req.method === 'PUT') {
      res.end(JSON.stringify({ scriptId: content[1], files: JSON.parse(body).files }));
    } else {
      res.statusCode = 404;
      res.end(
        JSON.stringify({ error: { code: 404, message: `stub: no ${req.method} ${req.url}` } }),
      );
    }
  });
});
server.listen(0, '127.0.0.1');
server.unref();

https.request = function request(url, options, callback) {
  const target = new URL(typeof url === 'string' ? url : url.href);
  // The agent was made for TLS to Google; the local server speaks plain HTTP.
  const rest = { ...(typeof options === 'object' ? options : {}) };
  delete rest.agent;
  return http.request(
    {
      ...rest,
      protocol: 'http:',
      host: '127.0.0.1',
      port: server.address().port,
      path: `${target.pathname}${target.search}`,
      headers: { ...rest.headers, 'x-stub-host': target.host },
    },
    typeof options === 'function' ? options : callback,
  );
};
