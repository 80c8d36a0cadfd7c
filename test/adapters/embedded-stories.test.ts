import { describeStoryIndexBehaviour } from '../port/story-index-behaviour.ts';
import { temporaryIndex } from '../support/fakes.ts';

describeStoryIndexBehaviour('embedded SQLite index', temporaryIndex);
