// The file the voice worker's job processes load: the agents framework forks a process per job and imports
// this module's default export. It registers tsx's loader first, so the TypeScript agent (./agent.ts) runs
// without a build step, as the `guidepost` command does.
import { register } from 'tsx/esm/api';

register();
const { default: agent } = await import('./agent.ts');
export default agent;
