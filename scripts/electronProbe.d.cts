export declare function electronBinary(): string | null;
export declare function desktopBlocker(binary: string, root: string): string | null;
