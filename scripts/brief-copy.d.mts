export declare function briefCopyOf(text: string): string
