export type Lang = 'en' | 'zh';
export const LANGS = ['en', 'zh'] as const;
