import type { RunEvent } from '../core/events/run-events.js';
import { rendererText } from '../core/renderers/index.js';

/**
 * What the guide says of what the wizard's actions showed, in the order they showed it: each
 * `show_message` text, and each output renderer's text form ("Cities: Lyon, Paris and Nice."). Chat and
 * voice say these before the guide's own reply. Pure.
 */
export function announcements(events: readonly RunEvent[]): string[] {
  const said: string[] = [];
  for (const event of events) {
    if (event.type === 'message_shown') said.push(event.text);
    else if (event.type === 'renderer_output')
      said.push(rendererText(event.renderer, event.data, event.title));
  }
  return said;
}
