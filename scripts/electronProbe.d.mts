export function electronBinary(): string | null;
export function desktopBlocker(binary: string, root: string): string | null;
