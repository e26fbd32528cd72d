-- The award record search at national size finds words, not trigrams. The trigram index
-- of V43 could not tell "nguyen van an" from the tens of thousands of records that merely
-- hold its trigrams somewhere ("công an" is in every unit's name, "văn" in many names)
-- and re-read them all. Each record now carries in search_words the words of its folded
-- search text (runs of a-z and 0-9: "2500/qd-cat" is 2500, qd and cat) and each pair of
-- neighbouring words with every beginning of the second word (van_a, van_an for "văn
-- ân"). A search for several words looks up their pairs exactly (nguyen_van & van_an),
-- about as selective as the whole name, the last word possibly unfinished: the GIN index
-- drives the search by the rarest pair and skips through the frequent ones (qd_cat of
-- every decision number), which a prefix search (van_an:*) cannot do, since it first
-- collects every record of the prefix. The column's statistics (its most common words
-- and pairs) tell the planner when the words are in nearly every record, and then it
-- reads the records in order and stops early.
--
-- The application writes the words with the search text (SearchWords.lexemes); the same
-- rule here fills the records already written and any record inserted without them, and
-- a test checks that both give the same words.
create function award_record_words(search_text text) returns tsvector
    language plpgsql immutable strict parallel safe
    as $$
        declare
            words text[] := array_remove(regexp_split_to_array(search_text, '[^a-z0-9]+'), '');
            lexemes text[] := words;
        begin
            for i in 1 .. cardinality(words) - 1 loop
                for k in 1 .. length(words[i + 1]) loop
                    lexemes := lexemes || (words[i] || '_' || left(words[i + 1], k));
                end loop;
            end loop;
            return array_to_tsvector(lexemes);
        end
    $$;

create function award_record_fill_words() returns trigger
    language plpgsql
    as $$
        begin
            new.search_words := award_record_words(new.search_text);
            return new;
        end
    $$;

alter table award_record add column search_words tsvector;

update award_record set search_words = award_record_words(search_text);

alter table award_record alter column search_words set not null;

create trigger award_record_words_filled before insert on award_record
    for each row when (new.search_words is null) execute function award_record_fill_words();

create index award_record_search_words_idx on award_record using gin (search_words);

drop index award_record_search_trgm_idx;
