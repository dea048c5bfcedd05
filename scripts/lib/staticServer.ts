import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site from a folder on 127.0.0.1 at a free port, as a static host would, with
 * sirv (the static server Vite and SvelteKit use): directory URLs serve their index.html, unknown
 * paths answer 404, and paths outside the folder are refused. A free port, not Astro's fixed 4321,
 * because several builds and test runs share this machine.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	// dev: read the folder on every request, so files written after start (briefing PDFs) are served.
	const serve = sirv(root, { dev: true, dotfiles: false });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
