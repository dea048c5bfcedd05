import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf',
	'.json': 'application/json',
	'.png': 'image/png',
};

/** Serves a built site from a folder on 127.0.0.1 at a free port, as a static host would. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => void respond(req, res));
	async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
		} catch {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
		}
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
