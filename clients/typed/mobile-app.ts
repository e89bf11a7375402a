// How a TypeScript app uses the generated operations: typed variables in, typed data out. The node tests
// regenerate generated/ and type-check this file (tsc --noEmit), so a schema change that breaks the mobile
// operations, or a scalar mapped to the wrong type, fails there.
import { GraphQLClient } from 'graphql-request';
import {
  MeetingCardsDocument,
  MeetingDetailDocument,
  OrganisationCardDocument,
  type MeetingDetailQuery,
  type FigureQualifier,
} from '../generated/graphql';

export interface FigureLine {
  value: number;
  asStated: string;
  qualifier: FigureQualifier;
}

/** The card list's titles, in English where there is one. */
export async function cardTitles(client: GraphQLClient, first: number): Promise<string[]> {
  const data = await client.request(MeetingCardsDocument, { first });
  return data.meetings.nodes.map((card) => card.title.en ?? card.title.ar ?? '');
}

/** A meeting's figures: the value, and the words the source used. */
export async function figures(client: GraphQLClient, id: string): Promise<FigureLine[]> {
  const data: MeetingDetailQuery = await client.request(MeetingDetailDocument, { id });
  return (data.meeting?.figures ?? []).map((f) => ({ value: f.value, asStated: f.textAsStated, qualifier: f.qualifier }));
}

/** An organisation's latest meetings, as EDTF dates. */
export async function latestDates(client: GraphQLClient, id: string): Promise<string[]> {
  const data = await client.request(OrganisationCardDocument, { id });
  return data.organisation?.meetings.map((m) => m.date.edtf) ?? [];
}

// What the compiler must refuse: each line below is an error, or tsc fails on the unused @ts-expect-error.
export async function mistakes(client: GraphQLClient, detail: MeetingDetailQuery): Promise<void> {
  // @ts-expect-error `id` is required
  await client.request(MeetingDetailDocument, {});
  // @ts-expect-error `first` is an Int
  await client.request(MeetingCardsDocument, { first: 'twenty' });
  // @ts-expect-error a figure's value is a number, not a string
  const digits: string = detail.meeting!.figures[0].value;
  // @ts-expect-error the English title may be null
  const title: string = detail.meeting!.title.en;
  // @ts-expect-error the operation does not select `key`
  const key = detail.meeting!.key;
  void digits, title, key;
}
