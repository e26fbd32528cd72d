-- Where a title or form of the award catalogue is counted in the national statistical
-- forms (Circular 02/2023/TT-BNV; ADR 0019): the row of form 0602.N (state-level
-- commendations) or the column of form 0603.N (ministry- and province-level). Data, not
-- code: an item added to the catalogue is placed here; the check page lists the records
-- of a ministry-level or higher item that no form counts. Item codes are those of the
-- award catalogue (read through award_statistic_record_v).
create table summary_form_item (
    form_code varchar(8)  not null check (form_code in ('0602', '0603')),
    item_code varchar(32) not null,
    line_code varchar(16) not null check (line_code ~ '^[A-Z0-9_]{2,16}$'),
    primary key (form_code, item_code)
);

insert into summary_form_item (form_code, item_code, line_code) values
    ('0602', 'HC_CHIEN_CONG_1', 'HC_1'),
    ('0602', 'HC_BVTQ_1', 'HC_1'),
    ('0602', 'HC_CHIEN_CONG_2', 'HC_2'),
    ('0602', 'HC_BVTQ_2', 'HC_2'),
    ('0602', 'HC_CHIEN_CONG_3', 'HC_3'),
    ('0602', 'HC_BVTQ_3', 'HC_3'),
    ('0602', 'HCCSVV_1', 'HCH_1'),
    ('0602', 'HCCSVV_2', 'HCH_2'),
    ('0602', 'HCCSVV_3', 'HCH_3'),
    ('0602', 'CSTD_TOAN_QUOC', 'CSTD_TQ'),
    ('0602', 'CO_CHINH_PHU', 'CO_CP'),
    ('0602', 'BK_TTG', 'BK_TTG'),
    ('0603', 'BK_BO', 'BANG_KHEN'),
    ('0603', 'BK_TINH', 'BANG_KHEN'),
    ('0603', 'CSTD_BO', 'CSTD'),
    ('0603', 'CO_BO', 'CO'),
    ('0603', 'CO_TINH', 'CO'),
    ('0603', 'KY_NIEM_CHUONG', 'KNC');
