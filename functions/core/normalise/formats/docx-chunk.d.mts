/** mammoth, the Word-to-HTML converter `readDocx` uses. */
export const mammoth: typeof import('mammoth');
