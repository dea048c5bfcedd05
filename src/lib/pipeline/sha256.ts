import { createHash } from 'node:crypto';

/** The sha256 of text as its UTF-8 bytes (a BOM kept as read), matching `sha256sum` of the file. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
