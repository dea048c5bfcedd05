const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

// Decimal (SI) units, as GOV.UK attachments and most browsers' download bars show them:
// 1 kB = 1,000 bytes.
const UNITS = ['kB', 'MB', 'GB'] as const;

/**
 * Formats a file size for a download link.
 * @example formatBytes(3240) // "3.2 kB"; formatBytes(512) // "512 bytes"
 */
export function formatBytes(bytes: number): string {
	if (!Number.isInteger(bytes) || bytes < 0) {
		throw new RangeError(`formatBytes: expected a whole number of bytes (${bytes})`);
	}
	if (bytes === 1) return '1 byte';
	if (bytes < 1000) return `${whole.format(bytes)} bytes`;
	let value = bytes / 1000;
	let unit = 0;
	// Move up a unit once the one-decimal text would read "1,000.0".
	while (value >= 999.95 && unit < UNITS.length - 1) {
		value /= 1000;
		unit += 1;
	}
	return `${oneDecimal.format(value)} ${UNITS[unit]}`;
}
