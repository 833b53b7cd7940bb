export const TITLE_WORDS: Readonly<Record<'ar' | 'fa' | 'en' | 'fr' | 'tr' | 'az', readonly string[]>> = {ar:['رئيس','وزير'],fa:[],en:['President'],fr:[],tr:[],az:[]};
export const HONORIFICS: readonly string[] = [];
export const ORG_HEADS: Readonly<Record<'ar' | 'fa' | 'latin', readonly string[]>> = {ar:['وزارة'],fa:[],latin:['Party']};
export const EVENT_WORDS: Readonly<Record<string, readonly string[]>> = {};
export const EVENTS: readonly string[] = [];
