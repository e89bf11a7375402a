// Maps PostGraphile's response data to the canonical shape that queries/sql/*.sql return (the
// reference). Nested lists may come in any order (check sorts them); the top-level meeting
// order must match. numeric comes as a string (BigFloat): compared as a number.
const date = (m) => ({ earliest: m.dateEarliest, latest: m.dateLatest, precision: m.datePrecision });
const listItem = (m) => ({ key: m.key, title: m.titleEn, date: date(m), city: m.cityEn });
module.exports = {
  Q1: (d) => ({
    totalCount: d.allMeetings.totalCount,
    meetings: d.allMeetings.nodes.map((m) => ({
      ...listItem(m),
      organisations: m.meetingOrganisationsByMeetingId.nodes.map((o) => ({ name: o.organisationByOrganisationId.nameEn, role: o.role })),
      participants: m.participationsByMeetingId.nodes.map((p) => ({ name: p.personByPersonId.nameEn, role: p.role })),
    })),
  }),
  Q2: (d) => {
    const m = d.meetingByKey;
    if (!m) return null;
    return {
      key: m.key, title: { ar: m.titleAr, en: m.titleEn }, kind: m.kind,
      date: { ...date(m), basis: m.dateBasis, uncertain: m.dateUncertain, note: m.dateNote },
      city: m.cityBasis == null ? null : { ar: m.cityAr, en: m.cityEn, basis: m.cityBasis },
      document: { ar: m.sourceDocumentByDocumentId.titleAr, en: m.sourceDocumentByDocumentId.titleEn },
      evidence: m.evidencesByMeetingId.nodes.map((e) => ({ quote: e.quote, start: e.startOffset, end: e.endOffset, aspect: e.aspect })),
      organisations: m.meetingOrganisationsByMeetingId.nodes.map((r) => {
        const o = r.organisationByOrganisationId;
        return { key: o.key, acronym: o.acronym, role: r.role, name: { ar: o.nameAr, en: o.nameEn } };
      }),
      participants: m.participationsByMeetingId.nodes.map((p) => ({
        person: p.personByPersonId.key, role: p.role, title: p.titleEn,
        name: { ar: p.personByPersonId.nameAr, en: p.personByPersonId.nameEn },
        organisation: p.organisationByOrganisationId ? p.organisationByOrganisationId.key : null,
      })),
      figures: m.citedFiguresByMeetingId.nodes.map((f) => ({
        key: f.key, value: Number(f.value), unit: f.unit, qualifier: f.qualifier, textAsStated: f.textAsStated,
        producer: f.organisationByProducerId ? f.organisationByProducerId.key : null,
        asOf: f.asOfPrecision == null ? null : { earliest: f.asOfEarliest, latest: f.asOfLatest, precision: f.asOfPrecision },
      })),
    };
  },
  Q3: (d) => ({ meetings: d.allMeetings.nodes.map(listItem) }),
};
