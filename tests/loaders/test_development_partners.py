"""Development banks and national agencies that meeting texts name as partners or as owners of
an action, known by their names and acronyms in both languages (data/world/organizations.yaml):
"the U.S. Department of State", "el Departamento de Estado", "USAID", "the Asian Development
Bank", "la UNAM"; another state's bank of the same kind keeps its own name."""
from tests.loaders.batches import named, read

MEETING_EN = """Joint statement of Chile and Peru

The Ministers of Chile and Peru met in Lima on 3 May 2024. They will work with the U.S. Department
of State, the United States Agency for International Development (USAID), the Asian Development
Bank and the European Bank for Reconstruction and Development. The Export-Import Bank of China
also attended.
"""

MEETING_ES = """Comunicado conjunto de Chile y Perú

Los ministros de Chile y Perú se reunieron en Lima el 3 de mayo de 2024. Trabajarán con el
Departamento de Estado, con la UNAM y con el Banco Europeo de Reconstrucción y Desarrollo.
"""


def test_partners_named_in_english_are_one_organisation_each():
    orgs = {n.id for n in named(read(MEETING_EN, "partners-en"), "Organization").values()}
    assert {"organization:us-department-of-state", "organization:usaid", "organization:adb",
            "organization:ebrd"} <= orgs
    # China's bank is not the United States' one
    assert "organization:us-export-import-bank" not in orgs


def test_socios_nombrados_en_espanol_son_una_organizacion_cada_uno():
    orgs = {n.id for n in named(read(MEETING_ES, "socios-es"), "Organization").values()}
    assert {"organization:us-department-of-state", "organization:unam", "organization:ebrd"} <= orgs
