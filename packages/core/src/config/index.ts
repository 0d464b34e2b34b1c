export * from './schema.ts';
export * from './resolve.ts';
