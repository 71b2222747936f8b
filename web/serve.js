// `npm start`: builds the playground and serves dist/web/ on http://localhost:8080.
const { createServer } = require('http');
const { readFile } = require('fs/promises');
const path = require('path');
const { buildWeb, outDir: root } = require('./build');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves dist/web/ on the port (0 for any free one); resolves to the server once listening. */
function serveWeb(port = 8080, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name =
      url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^[/\\]+/, '');
    const file = path.join(root, name);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

module.exports = { serveWeb };

if (require.main === module) {
  (async () => {
    await buildWeb();
    const port = Number(process.env.PORT ?? 8080);
    await serveWeb(port, process.env.HOST ?? '127.0.0.1');
    console.log(`planbook playground: http://localhost:${port}`);
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
