import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's chromium package; browser downloads (npx playwright install) are not possible here.
const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
	Boolean,
) as string[];

/** Path of an installed Chromium, or null. */
export const chromiumPath = (): string | null => CANDIDATES.find((p) => existsSync(p)) ?? null;

/** Why browser tests are skipped, or null when they can run. In CI a missing browser is a failure, not a skip. */
export function browserSkipReason(): string | null {
	if (chromiumPath()) return null;
	const message = 'Chromium not found: install it with `sudo apt-get install -y chromium` to run the browser tests.';
	if (process.env['CI'] === 'true') throw new Error(`${message} (CI=true: .ci/run should have installed it)`);
	console.warn(message);
	return message;
}

/** Launches headless Chromium with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('Chromium not found');
	return chromium.launch({
		executablePath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
}
