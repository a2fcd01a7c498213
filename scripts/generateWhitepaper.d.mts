// Types for the benchmark's generator, which tests also use for varied input.
export function parseSize(text: string): number;
export function generateWhitepaper(targetBytes: number, options?: { lang?: 'ja' | 'en'; seed?: number; heavy?: boolean }): string;
