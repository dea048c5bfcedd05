import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

/**
 * A month's English name from its number, 1 for January: date-fns spells it, so no module keeps
 * its own list of month names.
 * @example monthName(7) // "July"
 */
export function monthName(month: number): string {
	if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`monthName: no month ${month}`);
	return format(new UTCDate(2000, month - 1, 1), 'MMMM');
}
