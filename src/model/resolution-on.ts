// A resolution as its record stood on a date: only the progress reported, the extensions granted and the
// supersession decided by then. The follow-up fields only ever grow (docs/records.md), so cutting them at a date
// gives the state a reader saw that day: the agenda of a meeting shows the tasks as they stood on its date.
import type { Records } from './records.js';
import type { Resolution } from './types.js';

/**
 * `resolution` without the progress entries dated after `date`, the extensions granted by meetings held after
 * it and a `superseded_by` decided after it. An extension or supersession whose meeting is unknown is kept
 * (the references check reports it). With `meetingsOnDate: false`, what meetings held on `date` itself
 * decided is left out too: the state a meeting's agenda shows before the meeting decides anything.
 */
export function resolutionOn(
  records: Records,
  resolution: Resolution,
  date: string,
  options: { meetingsOnDate?: boolean } = {},
): Resolution {
  // The agenda of a meeting leaves out what meetings on its own date decide (meetingsOnDate: false).
  const decidedBy = (on: string | undefined): boolean => on === undefined || (options.meetingsOnDate === false ? on < date : on <= date);
  const meetingDate = (meetingId: string): string | undefined => records.meetings.get(meetingId)?.data.date;
  const supersedingDate = (id: string): string | undefined => {
    const by = records.resolutions.get(id)?.data.meeting;
    return by === undefined ? undefined : meetingDate(by);
  };
  const out: Resolution = { ...resolution };
  if (resolution.progress) out.progress = resolution.progress.filter((p) => p.date <= date);
  if (resolution.extensions) out.extensions = resolution.extensions.filter((e) => decidedBy(meetingDate(e.granted_by)));
  if (resolution.superseded_by !== undefined && !decidedBy(supersedingDate(resolution.superseded_by))) delete out.superseded_by;
  return out;
}
