// Maps majlis' response data to the canonical shape that queries/sql/*.sql return (the
// reference). Global ids are decoded (base64url of "Meeting:<key>") and must name a Meeting.
// Nested lists may come in any order (check sorts them); the top-level meeting order must match.
function keyOf(id) {
  const [type, key] = Buffer.from(id, 'base64url').toString('utf8').split(/:(.*)/s);
  if (type !== 'Meeting') throw new Error(`not a Meeting id: ${id}`);
  return key;
}
const date = (d) => ({ earliest: d.earliest, latest: d.latest, precision: d.precision });
const listItem = (m) => ({ key: keyOf(m.id), title: m.title.en, date: date(m.date), city: m.city ? m.city.name.en : null });
module.exports = {
  Q1: (d) => ({
    totalCount: d.meetings.totalCount,
    meetings: d.meetings.nodes.map((m) => ({
      ...listItem(m),
      organisations: m.organisations.map((o) => ({ name: o.organisation.name.en, role: o.role })),
      participants: m.participants.map((p) => ({ name: p.person.name.en, role: p.role })),
    })),
  }),
  Q2: (d) => {
    const m = d.meeting;
    if (!m) return null;
    return {
      key: keyOf(m.id), title: { ar: m.title.ar, en: m.title.en }, kind: m.kind,
      date: { ...date(m.date), basis: m.date.basis, uncertain: m.date.uncertain, note: m.date.note },
      city: m.city ? { ar: m.city.name.ar, en: m.city.name.en, basis: m.city.basis } : null,
      document: { ar: m.document.title.ar, en: m.document.title.en },
      evidence: m.evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, aspect: e.aspect })),
      organisations: m.organisations.map((r) => ({
        key: r.organisation.key, acronym: r.organisation.acronym, role: r.role,
        name: { ar: r.organisation.name.ar, en: r.organisation.name.en },
      })),
      participants: m.participants.map((p) => ({
        person: p.person.key, role: p.role, title: p.title ? p.title.en : null,
        name: { ar: p.person.name.ar, en: p.person.name.en },
        organisation: p.organisation ? p.organisation.key : null,
      })),
      figures: m.figures.map((f) => ({
        key: f.key, value: Number(f.value), unit: f.unit, qualifier: f.qualifier, textAsStated: f.textAsStated,
        producer: f.producer ? f.producer.key : null,
        asOf: f.asOf ? { earliest: f.asOf.earliest, latest: f.asOf.latest, precision: f.asOf.precision } : null,
      })),
    };
  },
  Q3: (d) => ({ meetings: d.meetings.nodes.map(listItem) }),
};
