import { describe, expect, it } from 'vitest';
import { isOrganizationName } from './org-name.js';

describe('isOrganizationName', () => {
  it.each([
    'Price Cloud Ltd',
    'Harrowgate Joinery Ltd.',
    'Brandt Maschinenbau GmbH',
    'Acme Widgets LLC',
    'Kestrel Analytics Inc',
    'Technical University of Munich',
    'University of Lagos',
    'Imperial College London',
    'Sanger Institute',
  ])('%s names an organisation by its form', (run) => expect(isOrganizationName(run)).toBe(true));

  it.each([
    'Northwind Traders',
    'Rohan Mehta',
    'Ltd',
    'University',
    'Freshworks',
    'Gareth Price',
    'New York',
  ])('%s does not', (run) => expect(isOrganizationName(run)).toBe(false));
});
