import * as chrono from 'chrono-node';
const ref = new Date('2026-03-10T12:00:00');
for (const t of ['half past 3 in the afternoon','7pm','7:30 PM','19:30','next Friday','March 3rd','tomorrow at 5','3 March 2026 14:05','2026-03-03','in two weeks','noon','midnight','quarter to 8 pm', 'half past three in the afternoon', '3:30 in the afternoon', 'banana', '5', 'at 7', '31/12/2025', '12/31/2025', 'Feb 30 2025', 'next tuesday at 9am']) {
  const r = chrono.parse(t, ref, {forwardDate: false});
  const s = r[0]?.start;
  console.log(JSON.stringify(t), r.length, r[0]?.text, s && [s.get('year'),s.get('month'),s.get('day'),s.get('hour'),s.get('minute'), s.isCertain('hour'), s.isCertain('day'), s.isCertain('year')].join(','));
}
console.log(Object.keys(chrono).join(' '));
