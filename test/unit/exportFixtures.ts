// The two test articles with a full set of the user's annotations over an analysis that found
// nothing: every entity, quote and role in the merge is the user's.
import { EMPTY_ANNOTATIONS, type AnnotationSet } from '../../src/core/annotations/model';
import { mergeAnnotations } from '../../src/core/annotations/merge';
import {
  addEntityAlias, addMention, addMentionOfNewEntity, addQuote, setEntityRole, setParagraphRole,
} from '../../src/core/annotations/operations';
import type { ArticleAnalysis } from '../../src/core/types';
import { ARABIC, ENGLISH, at, linesOnly } from './annotationFixtures';

export interface Annotated { readonly name: string; readonly analysis: ArticleAnalysis; readonly set: AnnotationSet; readonly merged: ArticleAnalysis }

type Step = (set: AnnotationSet, view: ArticleAnalysis) => AnnotationSet;

/** Applies each step to the set, each seeing the merged view the user would see. */
function annotate(name: string, text: string, steps: Step[]): Annotated {
  const analysis = linesOnly(text);
  const set = steps.reduce((s, step) => step(s, mergeAnnotations(analysis, s)), EMPTY_ANNOTATIONS);
  return { name, analysis, set, merged: mergeAnnotations(analysis, set) };
}

export function annotatedArabic(): Annotated {
  const t = ARABIC;
  return annotate('Arabic', t, [
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'مسرور بارزاني'), 'PERSON').set,
    (s, v) => addMention(s, v, at(t, 'بارزاني', 0), 'm1').set,
    (s, v) => addMention(s, v, at(t, 'بارزاني', 2), 'm1').set,
    (s, v) => addEntityAlias(s, v, 'm1', 'Masrour Barzani'),
    (s, v) => setEntityRole(s, v, 'm1', at(t, 'رئيس حكومة إقليم كردستان')),
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'أربيل', 0), 'GPE').set,
    (s, v) => addMention(s, v, at(t, 'أربيل', 1), 'm2').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'بغداد', 1), 'GPE').set,
    (s, v) => addMention(s, v, at(t, 'بغداد', 0), 'm3').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'الأناضول'), 'ORG', 'Anadolu Agency').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'الأمم المتحدة'), 'ORG').set,
    (s, v) => addQuote(s, v, at(t, 'سنعمل مع بغداد على حل الخلافات العالقة'),
      { kind: 'speech', speaker: 'm1', speakerMention: at(t, 'بارزاني', 2), cue: at(t, 'وقال') }).set,
    (s, v) => setParagraphRole(s, v, 0, 'headline'),
    (s, v) => setParagraphRole(s, v, 1, 'dateline'),
    (s, v) => setParagraphRole(s, v, 5, 'background'),
  ]);
}

export function annotatedEnglish(): Annotated {
  const t = ENGLISH;
  return annotate('English', t, [
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'Ama Mensah'), 'PERSON').set,
    (s, v) => addMention(s, v, at(t, 'Mensah', 1), 'm1').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'Kodjo Agbeyome'), 'PERSON').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'Ghana', 0), 'GPE').set,
    (s, v) => addMention(s, v, at(t, 'Ghana', 1), 'm3').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'Togo', 0), 'GPE').set,
    (s, v) => addMention(s, v, at(t, 'Togo', 1), 'm4').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'United Nations'), 'ORG').set,
    (s, v) => addEntityAlias(s, v, 'm5', 'UN'),
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'river treaty 🌊'), 'EVENT', 'Ghana–Togo river treaty').set,
    (s, v) => addMentionOfNewEntity(s, v, at(t, 'GENEVA'), 'GPE').set,
    (s, v) => addQuote(s, v, at(t, 'This agreement protects farmers on both banks,'),
      { kind: 'speech', speaker: 'm1', speakerMention: at(t, 'Ama Mensah'), cue: at(t, 'said', 1) }).set,
    (s, v) => addQuote(s, v, at(t, 'a first step'), { kind: 'term', speaker: 'm2' }).set,
    (s, v) => setParagraphRole(s, v, 0, 'headline'),
    (s, v) => setParagraphRole(s, v, 1, 'lead'),
    (s, v) => setParagraphRole(s, v, 4, 'background'),
  ]);
}

export const annotatedArticles = () => [annotatedArabic(), annotatedEnglish()];
