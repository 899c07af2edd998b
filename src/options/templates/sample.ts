import type { Interview } from '../../core/interview';

/** The interview the preview renders with: the product's example, next Tuesday at 2 PM. */
export function sampleInterview(
  now: number,
): Pick<Interview, 'company' | 'role' | 'interviewer' | 'start'> {
  const start = new Date(now);
  start.setDate(start.getDate() + ((9 - start.getDay()) % 7 || 7));
  start.setHours(14, 0, 0, 0);
  return {
    company: 'Acme',
    role: 'Senior Software Engineer',
    interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.example' },
    start: start.getTime(),
  };
}
