// Every real page of the shared corpus and seeds, in every form it can take, against its gold file.
import { loadCorpus, loadSeeds } from '../helpers/corpus';
import { corpusTestPage, describePageTable } from '../helpers/page-table';

describePageTable([...loadSeeds(), ...loadCorpus()].map(corpusTestPage));
