import { describe, expect, it } from 'vitest';
import { hashtagsFromText } from '@/utils/campaigns/draft';
import { splitList } from '@/utils/csv/read-row';
import { addTags, cleanTag, cleanTags, removeTag } from '@/utils/tags';

describe('cleanTag', () => {
  it('drops the spaces and "#"s a tag starts with, and the spaces it ends with', () => {
    expect(cleanTag('# travel')).toBe('travel');
    expect(cleanTag('  #Travel  ')).toBe('Travel');
    expect(cleanTag('##food')).toBe('food');
    expect(cleanTag(' # # lisbon\t')).toBe('lisbon');
    expect(cleanTag('\u00a0#summer\u00a0')).toBe('summer');
  });

  it('keeps a "#" or spaces inside the tag', () => {
    expect(cleanTag('c# dev')).toBe('c# dev');
    expect(cleanTag('#road  trip')).toBe('road  trip');
  });

  it('leaves nothing of a tag that is only spaces and "#"s', () => {
    expect(cleanTag(' # # ')).toBe('');
  });
});

describe('cleanTags', () => {
  it('cleans each tag, drops empties and repeats in any case, keeping the first spelling and the order', () => {
    expect(cleanTags(['# travel', 'Food', '#TRAVEL', '', ' # ', 'food', 'Lisbon'])).toEqual(['travel', 'Food', 'Lisbon']);
  });

  it('is what it was given when that is clean already', () => {
    const clean = ['travel', 'Food', 'c# dev'];
    expect(cleanTags(clean)).toEqual(clean);
    expect(cleanTags(cleanTags(['# a', 'A ', '##b']))).toEqual(['a', 'b']);
  });
});

describe('addTags', () => {
  it('keeps the list it adds to exactly as it is, and adds the cleaned new tags it does not hold in any case', () => {
    const saved = ['#old', 'travel', 'Travel'];
    expect(addTags(saved, ['# TRAVEL', 'old', ' food ', 'Food', ''])).toEqual(['#old', 'travel', 'Travel', 'old', 'food']);
    expect(saved).toEqual(['#old', 'travel', 'Travel']);
  });
});

describe('removeTag', () => {
  it('removes the tag in any case, however it was typed', () => {
    expect(removeTag(['travel', 'Food', 'TRAVEL'], '# Travel')).toEqual(['Food']);
    expect(removeTag(['travel'], 'food')).toEqual(['travel']);
  });
});

describe('the lists typed elsewhere clean their items the same way', () => {
  it('reads a CSV cell of tags', () => {
    expect(splitList('# travel; Food, #food | ##Lisbon\n ')).toEqual(['travel', 'Food', 'Lisbon']);
  });

  it('reads a campaign’s hashtags', () => {
    expect(hashtagsFromText('#spring, #ad  spring ##Spring # travel;c#')).toEqual(['spring', 'ad', 'travel', 'c#']);
  });
});
