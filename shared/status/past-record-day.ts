/**
 * The day 这是往年已报送的报告 proposes, for the clerk to correct: a report on time went out by its
 * deadline, so that day; one signed after it (its 成文日期 later) cannot have gone out before it
 * was signed, so the 成文日期. Never after today, which the record refuses. All YYYY-MM-DD.
 */
export function pastRecordDay(deadline: string, issuedOn: string | null, today: string): string {
  const proposed = issuedOn && issuedOn > deadline ? issuedOn : deadline;
  return proposed > today ? today : proposed;
}
