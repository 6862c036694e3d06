/** The wizard services routes and other channels call: authoring, steps, versions and templates. */
export * from './authoring.js';
export * from './steps.js';
export * from './templates.js';
export * from './types.js';
export * from './versions.js';
