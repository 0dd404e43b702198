"""Where US counties lie, for telling whether a town named in a story is in its county.

Takes a county's state and name; emits the centre of its places and how far
the farthest of them lies from it. The table is derived from GeoNames
(CC BY 4.0; the ``admin2`` of every US place of 1,000 people or more): the
gazetteer's own county records carry no coordinates and its towns no county.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

#: Towns under 1,000 people, which the table leaves out, may lie this far
#: beyond the county's farthest listed place.
COUNTY_MARGIN_KM = 25.0


def in_county(state: str, county: str, lat: float, lon: float) -> bool | None:
    """Whether a point lies within reach of a county's places.

    Args:
        state: The county's US state ("Georgia").
        county: The county's name ("Coffee County").
        lat: Latitude of the town.
        lon: Longitude of the town.

    Returns:
        True or False; None when the table does not know the county.
    """
    extent = _extents().get((state, _key(county)))
    if extent is None:
        return None
    centre_lat, centre_lon, radius = extent
    return _distance_km(centre_lat, centre_lon, lat, lon) <= radius + COUNTY_MARGIN_KM


def _key(county: str) -> str:
    """County names as both sources agree on them: "Saint Clair" is "St. Clair",
    "De Soto" "DeSoto", "Dona Ana" "Doña Ana", "City of Bristol" "Bristol city",
    "Bronx" "Bronx County"."""
    name = unicodedata.normalize("NFKD", county.lower()).encode("ascii", "ignore").decode()
    name = re.sub(r"\bsainte? ", "st. ", name).replace("ste. ", "st. ")
    if name.startswith("city of "):
        name = name.removeprefix("city of ") + " city"
    elif not name.endswith((" county", " parish", " borough", " city", " area", " municipality")):
        name += " county"
    return name.replace(" ", "")


@functools.cache
def _extents() -> dict[tuple[str, str], tuple[float, float, float]]:
    """Parse the table once: (state, county key) -> (lat, lon, radius km)."""
    extents = {}
    for line in _TABLE.splitlines():
        state, county, lat, lon, radius = line.split("|")
        extents[(state, _key(county))] = (float(lat), float(lon), float(radius))
    return extents


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(half))


#: state|county|latitude|longitude|km from the centre to the farthest place
_TABLE = """\
Alabama|Autauga County|32.58|-86.47|14
Alabama|Baldwin County|30.52|-87.77|41
Alabama|Barbour County|31.83|-85.40|26
Alabama|Bibb County|33.08|-87.14|17
Alabama|Blount County|33.96|-86.62|21
Alabama|Bullock County|32.08|-85.73|8
Alabama|Butler County|31.73|-86.68|13
Alabama|Calhoun County|33.72|-85.83|31
Alabama|Chambers County|32.86|-85.25|15
Alabama|Cherokee County|34.18|-85.68|8
Alabama|Chilton County|32.90|-86.70|10
Alabama|Choctaw County|32.09|-88.22|0
Alabama|Clarke County|31.71|-87.80|25
Alabama|Clay County|33.29|-85.80|5
Alabama|Cleburne County|33.65|-85.59|0
Alabama|Coffee County|31.37|-85.95|13
Alabama|Colbert County|34.72|-87.74|22
Alabama|Conecuh County|31.43|-86.96|0
Alabama|Coosa County|33.01|-86.17|15
Alabama|Covington County|31.20|-86.36|22
Alabama|Crenshaw County|31.72|-86.26|0
Alabama|Cullman County|34.12|-86.82|9
Alabama|Dale County|31.34|-85.66|16
Alabama|Dallas County|32.43|-87.01|9
Alabama|DeKalb County|34.45|-85.84|23
Alabama|Elmore County|32.55|-86.23|32
Alabama|Escambia County|31.06|-87.22|27
Alabama|Etowah County|34.03|-86.00|20
Alabama|Fayette County|33.67|-87.72|11
Alabama|Franklin County|34.43|-87.86|26
Alabama|Geneva County|31.10|-85.74|29
Alabama|Greene County|32.84|-87.89|0
Alabama|Hale County|32.85|-87.61|17
Alabama|Henry County|31.46|-85.30|14
Alabama|Houston County|31.19|-85.35|16
Alabama|Jackson County|34.83|-85.86|24
Alabama|Jefferson County|33.57|-86.82|30
Alabama|Lamar County|33.74|-88.11|20
Alabama|Lauderdale County|34.83|-87.57|26
Alabama|Lawrence County|34.58|-87.35|13
Alabama|Lee County|32.60|-85.32|22
Alabama|Limestone County|34.90|-86.91|12
Alabama|Lowndes County|32.11|-86.61|15
Alabama|Macon County|32.42|-85.69|0
Alabama|Madison County|34.76|-86.57|30
Alabama|Marengo County|32.41|-87.82|12
Alabama|Marion County|34.12|-87.85|23
Alabama|Marshall County|34.29|-86.29|20
Alabama|Mobile County|30.71|-88.13|51
Alabama|Monroe County|31.48|-87.36|7
Alabama|Montgomery County|32.21|-86.21|27
Alabama|Morgan County|34.50|-86.98|16
Alabama|Perry County|32.54|-87.42|14
Alabama|Pickens County|33.27|-88.04|19
Alabama|Pike County|31.76|-85.89|9
Alabama|Randolph County|33.23|-85.43|11
Alabama|Russell County|32.47|-85.04|4
Alabama|Saint Clair County|33.72|-86.33|28
Alabama|Shelby County|33.31|-86.65|31
Alabama|Sumter County|32.54|-88.24|8
Alabama|Talladega County|33.34|-86.21|33
Alabama|Tallapoosa County|32.86|-85.79|18
Alabama|Tuscaloosa County|33.22|-87.38|24
Alabama|Walker County|33.79|-87.23|30
Alabama|Washington County|31.47|-88.25|0
Alabama|Wilcox County|31.99|-87.29|0
Alabama|Winston County|34.19|-87.51|12
Alaska|Aleutians East Borough|54.74|-163.14|184
Alaska|Aleutians West Census Area|53.88|-166.54|1
Alaska|Anchorage Municipality|61.18|-149.57|35
Alaska|Annette Island Reserve|55.30|-132.36|54
Alaska|Bethel Census Area|60.79|-161.76|0
Alaska|City and Borough of Wrangell|56.47|-132.38|0
Alaska|Denali Borough|63.86|-148.97|0
Alaska|Dillingham Census Area|59.04|-158.46|0
Alaska|Fairbanks North Star Borough|64.75|-147.48|38
Alaska|Haines Borough|59.23|-135.44|0
Alaska|Juneau City and Borough|58.30|-134.42|0
Alaska|Kenai Peninsula Borough|60.21|-151.01|90
Alaska|Ketchikan Gateway Borough|55.34|-131.65|0
Alaska|Kodiak Island Borough|57.78|-152.50|6
Alaska|Matanuska-Susitna Borough|61.66|-149.41|61
Alaska|Nome Census Area|64.50|-165.41|0
Alaska|North Slope Borough|70.59|-152.03|190
Alaska|Northwest Arctic Borough|66.90|-162.60|0
Alaska|Sitka City and Borough|57.05|-135.33|0
Alaska|Southeast Fairbanks Census Area|63.60|-144.10|63
Alaska|Valdez-Cordova Census Area|60.84|-146.05|37
Alaska|Wade Hampton Census Area|61.53|-166.10|0
Alaska|Wrangell-Petersburg Census Area|56.81|-132.96|0
Arizona|Apache County|35.50|-109.29|155
Arizona|Cochise County|31.69|-110.08|68
Arizona|Coconino County|35.81|-111.69|147
Arizona|Gila County|33.75|-110.90|87
Arizona|Graham County|32.87|-109.81|42
Arizona|Greenlee County|33.06|-109.33|4
Arizona|La Paz County|33.88|-114.18|54
Arizona|Maricopa County|33.53|-112.11|86
Arizona|Mohave County|35.44|-114.11|201
Arizona|Navajo County|34.71|-110.22|225
Arizona|Pima County|32.18|-111.12|166
Arizona|Pinal County|32.99|-111.39|84
Arizona|Santa Cruz County|31.47|-110.99|17
Arizona|Yavapai County|34.59|-112.20|90
Arizona|Yuma County|32.63|-114.54|37
Arkansas|Arkansas County|34.40|-91.45|16
Arkansas|Ashley County|33.17|-91.92|14
Arkansas|Baxter County|36.33|-92.45|8
Arkansas|Benton County|36.33|-94.26|30
Arkansas|Boone County|36.23|-93.11|0
Arkansas|Bradley County|33.61|-92.06|0
Arkansas|Calhoun County|33.54|-92.47|0
Arkansas|Carroll County|36.40|-93.62|18
Arkansas|Chicot County|33.32|-91.33|25
Arkansas|Clark County|34.02|-93.10|13
Arkansas|Clay County|36.35|-90.35|22
Arkansas|Cleburne County|35.49|-92.03|0
Arkansas|Cleveland County|33.96|-92.19|0
Arkansas|Columbia County|33.31|-93.27|6
Arkansas|Conway County|35.15|-92.74|0
Arkansas|Craighead County|35.84|-90.54|26
Arkansas|Crawford County|35.50|-94.25|18
Arkansas|Crittenden County|35.21|-90.28|19
Arkansas|Cross County|35.24|-90.68|11
Arkansas|Dallas County|33.81|-92.41|0
Arkansas|Desha County|33.76|-91.36|23
Arkansas|Drew County|33.63|-91.79|0
Arkansas|Faulkner County|35.09|-92.37|17
Arkansas|Franklin County|35.39|-93.93|15
Arkansas|Fulton County|36.37|-91.82|0
Arkansas|Garland County|34.51|-93.08|20
Arkansas|Grant County|34.31|-92.40|0
Arkansas|Greene County|36.12|-90.44|9
Arkansas|Hempstead County|33.67|-93.59|0
Arkansas|Hot Spring County|34.36|-92.81|0
Arkansas|Howard County|33.98|-93.93|18
Arkansas|Independence County|35.74|-91.54|10
Arkansas|Izard County|36.14|-91.94|19
Arkansas|Jackson County|35.66|-91.25|10
Arkansas|Jefferson County|34.28|-92.10|20
Arkansas|Johnson County|35.45|-93.51|15
Arkansas|Lafayette County|33.36|-93.54|4
Arkansas|Lawrence County|36.06|-90.97|2
Arkansas|Lee County|34.77|-90.76|0
Arkansas|Lincoln County|33.94|-91.84|0
Arkansas|Little River County|33.70|-94.26|13
Arkansas|Logan County|35.22|-93.83|13
Arkansas|Lonoke County|34.85|-91.93|35
Arkansas|Madison County|36.09|-93.74|0
Arkansas|Marion County|36.30|-92.62|11
Arkansas|Miller County|33.44|-94.04|0
Arkansas|Mississippi County|35.86|-90.04|22
Arkansas|Monroe County|34.79|-91.25|13
Arkansas|Montgomery County|34.56|-93.63|0
Arkansas|Nevada County|33.80|-93.38|0
Arkansas|Newton County|36.01|-93.19|0
Arkansas|Ouachita County|33.58|-92.83|0
Arkansas|Perry County|35.00|-92.80|0
Arkansas|Phillips County|34.54|-90.68|22
Arkansas|Pike County|34.19|-93.62|17
Arkansas|Poinsett County|35.60|-90.49|21
Arkansas|Polk County|34.59|-94.24|0
Arkansas|Pope County|35.30|-93.10|16
Arkansas|Prairie County|34.88|-91.54|12
Arkansas|Pulaski County|34.78|-92.25|24
Arkansas|Randolph County|36.26|-90.97|0
Arkansas|Saint Francis County|34.98|-90.63|15
Arkansas|Saline County|34.58|-92.50|15
Arkansas|Scott County|34.90|-94.09|0
Arkansas|Searcy County|35.91|-92.63|0
Arkansas|Sebastian County|35.26|-94.28|23
Arkansas|Sevier County|33.99|-94.35|6
Arkansas|Sharp County|36.18|-91.55|28
Arkansas|Stone County|35.87|-92.12|0
Arkansas|Union County|33.29|-92.70|10
Arkansas|Van Buren County|35.59|-92.37|9
Arkansas|Washington County|36.06|-94.19|25
Arkansas|White County|35.23|-91.70|24
Arkansas|Woodruff County|35.27|-91.28|8
Arkansas|Yell County|35.10|-93.26|17
California|Alameda County|37.71|-122.10|30
California|Amador County|38.40|-120.76|18
California|Butte County|39.59|-121.62|33
California|Calaveras County|38.15|-120.62|27
California|Colusa County|39.17|-122.10|17
California|Contra Costa County|37.95|-122.08|42
California|Del Norte County|41.75|-124.18|2
California|El Dorado County|38.76|-120.77|71
California|Fresno County|36.65|-119.78|77
California|Glenn County|39.67|-122.13|18
California|Humboldt County|40.73|-124.08|72
California|Imperial County|32.98|-115.62|62
California|Inyo County|37.18|-118.32|68
California|Kern County|35.30|-118.75|106
California|Kings County|36.22|-119.78|40
California|Lake County|38.98|-122.75|29
California|Lassen County|40.35|-120.69|28
California|Los Angeles County|34.07|-118.22|82
California|Madera County|37.11|-119.94|36
California|Marin County|37.96|-122.56|30
California|Mariposa County|37.59|-119.82|28
California|Mendocino County|39.37|-123.36|48
California|Merced County|37.25|-120.65|36
California|Modoc County|41.49|-120.54|0
California|Mono County|37.95|-119.10|36
California|Monterey County|36.62|-121.68|67
California|Napa County|38.44|-122.41|33
California|Nevada County|39.20|-120.97|69
California|Orange County|33.70|-117.83|37
California|Placer County|38.98|-120.83|75
California|Plumas County|40.03|-120.90|44
California|Riverside County|33.78|-116.88|212
California|Sacramento County|38.54|-121.33|37
California|San Benito County|36.85|-121.49|15
California|San Bernardino County|34.31|-117.12|255
California|San Diego County|32.94|-117.02|70
California|San Francisco County|37.77|-122.42|0
California|San Joaquin County|37.97|-121.26|33
California|San Luis Obispo County|35.36|-120.70|44
California|San Mateo County|37.54|-122.33|22
California|Santa Barbara County|34.61|-120.08|61
California|Santa Clara County|37.30|-121.94|47
California|Santa Cruz County|37.00|-121.95|21
California|Shasta County|40.60|-122.22|58
California|Sierra County|39.56|-120.83|0
California|Siskiyou County|41.55|-122.39|89
California|Solano County|38.27|-122.00|31
California|Sonoma County|38.42|-122.77|68
California|Stanislaus County|37.61|-120.95|34
California|Sutter County|39.17|-121.67|12
California|Tehama County|40.04|-122.21|17
California|Trinity County|40.66|-122.98|22
California|Tulare County|36.21|-119.21|47
California|Tuolumne County|38.00|-120.32|11
California|Ventura County|34.28|-119.06|33
California|Yolo County|38.65|-121.85|30
California|Yuba County|39.16|-121.46|38
Colorado|Adams County|39.82|-104.88|49
Colorado|Alamosa County|37.47|-105.86|2
Colorado|Arapahoe County|39.63|-104.89|58
Colorado|Archuleta County|37.27|-107.01|0
Colorado|Baca County|37.41|-102.61|0
Colorado|Bent County|38.07|-103.22|0
Colorado|Boulder County|40.04|-105.21|27
Colorado|Broomfield County|39.92|-105.09|0
Colorado|Chaffee County|38.69|-106.07|19
Colorado|Cheyenne County|38.82|-102.35|0
Colorado|Clear Creek County|39.72|-105.61|9
Colorado|Conejos County|37.09|-106.02|0
Colorado|Costilla County|37.20|-105.42|0
Colorado|Crowley County|38.22|-103.76|0
Colorado|Custer County|38.13|-105.47|0
Colorado|Delta County|38.84|-107.89|27
Colorado|Denver County|39.74|-104.98|0
Colorado|Dolores County|37.77|-108.91|0
Colorado|Douglas County|39.48|-104.89|27
Colorado|Eagle County|39.57|-106.73|37
Colorado|El Paso County|38.91|-104.79|36
Colorado|Elbert County|39.37|-104.57|10
Colorado|Fremont County|38.42|-105.15|12
Colorado|Garfield County|39.50|-107.66|40
Colorado|Gilpin County|39.80|-105.51|0
Colorado|Grand County|40.04|-106.06|28
Colorado|Gunnison County|38.71|-106.96|19
Colorado|Hinsdale County|38.03|-107.32|0
Colorado|Huerfano County|37.62|-104.78|0
Colorado|Jackson County|40.73|-106.28|0
Colorado|Jefferson County|39.69|-105.17|15
Colorado|Kiowa County|38.48|-102.78|0
Colorado|Kit Carson County|39.31|-102.27|0
Colorado|La Plata County|37.25|-107.74|13
Colorado|Lake County|39.25|-106.30|1
Colorado|Larimer County|40.48|-105.14|35
Colorado|Las Animas County|37.17|-104.50|0
Colorado|Lincoln County|39.20|-103.58|12
Colorado|Logan County|40.63|-103.21|0
Colorado|Mesa County|39.10|-108.57|24
Colorado|Mineral County|37.85|-106.93|0
Colorado|Moffat County|40.52|-107.55|0
Colorado|Montezuma County|37.30|-108.53|23
Colorado|Montrose County|38.54|-107.93|9
Colorado|Morgan County|40.25|-103.71|8
Colorado|Otero County|38.06|-103.76|25
Colorado|Ouray County|38.02|-107.67|0
Colorado|Park County|39.35|-105.45|50
Colorado|Phillips County|40.58|-102.30|0
Colorado|Pitkin County|39.20|-106.88|6
Colorado|Prowers County|38.09|-102.62|0
Colorado|Pueblo County|38.18|-104.72|29
Colorado|Rio Blanco County|40.06|-108.36|39
Colorado|Rio Grande County|37.63|-106.25|11
Colorado|Routt County|40.49|-107.04|19
Colorado|Saguache County|37.92|-106.13|19
Colorado|San Juan County|37.81|-107.66|0
Colorado|San Miguel County|37.93|-107.83|2
Colorado|Sedgwick County|40.99|-102.26|0
Colorado|Summit County|39.57|-106.05|11
Colorado|Teller County|38.87|-105.12|15
Colorado|Washington County|40.16|-103.21|0
Colorado|Weld County|40.27|-104.79|35
Colorado|Yuma County|40.10|-102.47|22
Connecticut|Fairfield County|41.17|-73.44|46
Connecticut|Hartford County|41.83|-72.70|29
Connecticut|Litchfield County|41.73|-73.17|36
Connecticut|Middlesex County|41.44|-72.50|22
Connecticut|New Haven County|41.38|-72.93|31
Connecticut|New London County|41.44|-72.06|28
Connecticut|Tolland County|41.86|-72.35|23
Connecticut|Windham County|41.81|-71.96|24
Delaware|Kent County|39.12|-75.55|23
Delaware|New Castle County|39.68|-75.63|33
Delaware|Sussex County|38.64|-75.34|31
Florida|Alachua County|29.68|-82.39|31
Florida|Baker County|30.28|-82.12|0
Florida|Bay County|30.17|-85.65|33
Florida|Bradford County|29.94|-82.11|0
Florida|Brevard County|28.24|-80.65|51
Florida|Broward County|26.14|-80.19|22
Florida|Calhoun County|30.44|-85.05|0
Florida|Charlotte County|26.94|-82.13|23
Florida|Citrus County|28.86|-82.45|20
Florida|Clay County|30.05|-81.80|38
Florida|Collier County|26.19|-81.71|39
Florida|Columbia County|30.20|-82.63|2
Florida|DeSoto County|27.19|-81.86|4
Florida|Dixie County|29.63|-83.13|0
Florida|Duval County|30.32|-81.56|40
Florida|Escambia County|30.53|-87.27|50
Florida|Flagler County|29.51|-81.20|9
Florida|Franklin County|29.77|-84.84|20
Florida|Gadsden County|30.61|-84.59|27
Florida|Gilchrist County|29.61|-82.82|0
Florida|Glades County|26.98|-80.99|20
Florida|Gulf County|29.96|-85.25|18
Florida|Hamilton County|30.52|-82.95|0
Florida|Hardee County|27.56|-81.81|9
Florida|Hendry County|26.75|-81.18|26
Florida|Hernando County|28.52|-82.47|30
Florida|Highlands County|27.41|-81.43|23
Florida|Hillsborough County|27.97|-82.39|32
Florida|Holmes County|30.79|-85.68|0
Florida|Indian River County|27.70|-80.43|19
Florida|Jackson County|30.85|-85.21|32
Florida|Jefferson County|30.55|-83.87|0
Florida|Lafayette County|30.05|-83.17|0
Florida|Lake County|28.76|-81.74|50
Florida|Lee County|26.58|-81.88|31
Florida|Leon County|30.38|-84.26|8
Florida|Levy County|29.38|-82.67|39
Florida|Liberty County|30.43|-84.98|0
Florida|Madison County|30.47|-83.41|0
Florida|Manatee County|27.48|-82.61|14
Florida|Marion County|29.16|-82.16|32
Florida|Martin County|27.16|-80.26|28
Florida|Miami-Dade County|25.77|-80.29|41
Florida|Monroe County|24.82|-81.05|89
Florida|Nassau County|30.61|-81.73|26
Florida|Okaloosa County|30.48|-86.57|32
Florida|Okeechobee County|27.24|-80.81|4
Florida|Orange County|28.53|-81.41|39
Florida|Osceola County|28.27|-81.42|15
Florida|Palm Beach County|26.66|-80.16|56
Florida|Pasco County|28.28|-82.46|36
Florida|Pinellas County|27.89|-82.75|29
Florida|Polk County|28.00|-81.78|40
Florida|Putnam County|29.59|-81.66|23
Florida|Saint Johns County|29.99|-81.36|31
Florida|Saint Lucie County|27.40|-80.34|18
Florida|Santa Rosa County|30.51|-87.05|23
Florida|Sarasota County|27.22|-82.46|31
Florida|Seminole County|28.70|-81.30|19
Florida|Sumter County|28.81|-82.05|17
Florida|Suwannee County|30.26|-82.90|9
Florida|Taylor County|29.89|-83.49|27
Florida|Union County|30.02|-82.34|0
Florida|Volusia County|29.08|-81.13|38
Florida|Wakulla County|30.18|-84.38|0
Florida|Walton County|30.48|-86.19|28
Florida|Washington County|30.78|-85.54|0
Georgia|Appling County|31.78|-82.35|0
Georgia|Atkinson County|31.32|-82.95|10
Georgia|Bacon County|31.54|-82.46|0
Georgia|Baker County|31.31|-84.34|0
Georgia|Baldwin County|33.07|-83.23|1
Georgia|Banks County|34.35|-83.54|14
Georgia|Barrow County|33.99|-83.71|12
Georgia|Bartow County|34.23|-84.83|19
Georgia|Ben Hill County|31.71|-83.25|0
Georgia|Berrien County|31.23|-83.26|22
Georgia|Bibb County|32.82|-83.72|9
Georgia|Bleckley County|32.39|-83.35|0
Georgia|Brantley County|31.20|-81.98|0
Georgia|Brooks County|30.78|-83.56|0
Georgia|Bryan County|32.04|-81.46|19
Georgia|Bulloch County|32.41|-81.72|7
Georgia|Burke County|33.09|-82.02|0
Georgia|Butts County|33.27|-83.94|4
Georgia|Calhoun County|31.51|-84.69|9
Georgia|Camden County|30.81|-81.62|20
Georgia|Candler County|32.40|-82.06|0
Georgia|Carroll County|33.64|-85.09|19
Georgia|Catoosa County|34.95|-85.20|9
Georgia|Charlton County|30.83|-82.01|0
Georgia|Chatham County|32.04|-81.10|25
Georgia|Chattahoochee County|32.31|-84.77|0
Georgia|Chattooga County|34.51|-85.33|4
Georgia|Cherokee County|34.21|-84.47|17
Georgia|Clarke County|33.97|-83.36|8
Georgia|Clay County|31.61|-85.05|0
Georgia|Clayton County|33.55|-84.35|13
Georgia|Clinch County|31.04|-82.75|0
Georgia|Cobb County|33.91|-84.59|20
Georgia|Coffee County|31.55|-82.79|16
Georgia|Colquitt County|31.18|-83.79|0
Georgia|Columbia County|33.49|-82.21|14
Georgia|Cook County|31.15|-83.43|2
Georgia|Coweta County|33.32|-84.74|18
Georgia|Crawford County|32.72|-84.01|1
Georgia|Crisp County|31.96|-83.78|0
Georgia|Dade County|34.87|-85.51|0
Georgia|Dawson County|34.42|-84.12|0
Georgia|DeKalb County|33.79|-84.26|19
Georgia|Decatur County|30.90|-84.58|0
Georgia|Dodge County|32.30|-83.17|11
Georgia|Dooly County|32.18|-83.77|10
Georgia|Dougherty County|31.52|-84.14|7
Georgia|Douglas County|33.77|-84.70|5
Georgia|Early County|31.38|-84.93|0
Georgia|Echols County|30.70|-83.03|0
Georgia|Effingham County|32.33|-81.31|9
Georgia|Elbert County|34.11|-82.87|0
Georgia|Emanuel County|32.59|-82.24|9
Georgia|Evans County|32.16|-81.90|0
Georgia|Fannin County|34.93|-84.35|8
Georgia|Fayette County|33.43|-84.53|8
Georgia|Floyd County|34.22|-85.19|19
Georgia|Forsyth County|34.21|-84.14|0
Georgia|Franklin County|34.43|-83.15|11
Georgia|Fulton County|33.78|-84.44|42
Georgia|Gilmer County|34.69|-84.48|0
Georgia|Glascock County|33.23|-82.60|0
Georgia|Glynn County|31.18|-81.45|9
Georgia|Gordon County|34.50|-84.95|0
Georgia|Grady County|30.88|-84.20|0
Georgia|Greene County|33.60|-83.13|6
Georgia|Gwinnett County|33.97|-84.07|18
Georgia|Habersham County|34.52|-83.54|10
Georgia|Hall County|34.27|-83.82|20
Georgia|Hancock County|33.32|-82.99|5
Georgia|Haralson County|33.76|-85.21|8
Georgia|Harris County|32.81|-84.86|7
Georgia|Hart County|34.36|-82.99|14
Georgia|Heard County|33.28|-85.10|0
Georgia|Henry County|33.43|-84.19|14
Georgia|Houston County|32.58|-83.65|16
Georgia|Irwin County|31.59|-83.25|0
Georgia|Jackson County|34.12|-83.59|16
Georgia|Jasper County|33.30|-83.68|0
Georgia|Jeff Davis County|31.87|-82.59|0
Georgia|Jefferson County|33.03|-82.40|21
Georgia|Jenkins County|32.80|-81.95|0
Georgia|Johnson County|32.73|-82.72|0
Georgia|Jones County|33.01|-83.53|0
Georgia|Lamar County|33.05|-84.16|0
Georgia|Lanier County|31.04|-83.08|0
Georgia|Laurens County|32.54|-82.89|2
Georgia|Lee County|31.73|-84.17|0
Georgia|Liberty County|31.82|-81.57|14
Georgia|Lincoln County|33.79|-82.48|0
Georgia|Long County|31.71|-81.74|0
Georgia|Lowndes County|30.89|-83.32|13
Georgia|Lumpkin County|34.53|-83.98|0
Georgia|Macon County|32.35|-84.01|14
Georgia|Madison County|34.09|-83.17|6
Georgia|Marion County|32.32|-84.52|0
Georgia|McDuffie County|33.47|-82.50|0
Georgia|McIntosh County|31.37|-81.43|0
Georgia|Meriwether County|32.94|-84.67|11
Georgia|Miller County|31.17|-84.73|0
Georgia|Mitchell County|31.18|-84.18|7
Georgia|Monroe County|33.03|-83.94|0
Georgia|Montgomery County|32.18|-82.59|0
Georgia|Morgan County|33.60|-83.47|0
Georgia|Murray County|34.77|-84.77|0
Georgia|Muscogee County|32.46|-84.99|0
Georgia|Newton County|33.58|-83.90|9
Georgia|Oconee County|33.91|-83.47|8
Georgia|Oglethorpe County|33.87|-83.11|0
Georgia|Paulding County|33.90|-84.80|5
Georgia|Peach County|32.60|-83.82|9
Georgia|Pickens County|34.42|-84.40|6
Georgia|Pierce County|31.31|-82.24|0
Georgia|Pike County|33.10|-84.34|0
Georgia|Polk County|34.03|-85.12|13
Georgia|Pulaski County|32.28|-83.47|0
Georgia|Putnam County|33.39|-83.35|8
Georgia|Quitman County|31.88|-85.11|0
Georgia|Rabun County|34.90|-83.39|3
Georgia|Randolph County|31.76|-84.70|9
Georgia|Richmond County|33.39|-82.04|11
Georgia|Rockdale County|33.69|-84.02|3
Georgia|Schley County|32.24|-84.31|0
Georgia|Screven County|32.75|-81.64|0
Georgia|Seminole County|31.04|-84.88|0
Georgia|Spalding County|33.25|-84.26|3
Georgia|Stephens County|34.58|-83.33|0
Georgia|Stewart County|32.07|-84.73|7
Georgia|Sumter County|32.07|-84.23|0
Georgia|Talbot County|32.74|-84.59|9
Georgia|Taliaferro County|33.55|-82.90|0
Georgia|Tattnall County|32.01|-82.02|13
Georgia|Taylor County|32.56|-84.17|7
Georgia|Telfair County|32.02|-82.83|18
Georgia|Terrell County|31.77|-84.45|0
Georgia|Thomas County|30.90|-83.95|24
Georgia|Tift County|31.41|-83.54|10
Georgia|Toombs County|32.21|-82.37|5
Georgia|Towns County|34.95|-83.76|0
Georgia|Treutlen County|32.38|-82.59|0
Georgia|Troup County|33.03|-85.04|22
Georgia|Turner County|31.71|-83.65|0
Georgia|Twiggs County|32.69|-83.35|0
Georgia|Union County|34.88|-83.96|0
Georgia|Upson County|32.91|-84.34|3
Georgia|Walker County|34.90|-85.31|23
Georgia|Walton County|33.76|-83.80|14
Georgia|Ware County|31.23|-82.36|3
Georgia|Warren County|33.42|-82.68|3
Georgia|Washington County|33.00|-82.74|13
Georgia|Wayne County|31.61|-81.89|0
Georgia|Webster County|32.07|-84.54|0
Georgia|Wheeler County|32.15|-82.78|0
Georgia|White County|34.60|-83.76|0
Georgia|Whitfield County|34.84|-84.97|8
Georgia|Wilcox County|31.97|-83.38|8
Georgia|Wilkes County|33.74|-82.74|0
Georgia|Wilkinson County|32.85|-83.25|9
Georgia|Worth County|31.53|-83.84|0
Hawaii|Hawaii County|19.64|-155.39|82
Hawaii|Honolulu County|21.45|-157.97|31
Hawaii|Kauai County|22.00|-159.47|25
Hawaii|Maui County|20.90|-156.54|59
Idaho|Ada County|43.62|-116.35|16
Idaho|Adams County|44.73|-116.44|0
Idaho|Bannock County|42.90|-112.46|3
Idaho|Bear Lake County|42.27|-111.35|7
Idaho|Benewah County|47.32|-116.73|13
Idaho|Bingham County|43.15|-112.44|41
Idaho|Blaine County|43.59|-114.32|15
Idaho|Boise County|43.83|-115.83|0
Idaho|Bonner County|48.25|-116.67|20
Idaho|Bonneville County|43.51|-111.97|10
Idaho|Boundary County|48.69|-116.32|0
Idaho|Butte County|43.64|-113.30|0
Idaho|Camas County|43.35|-114.79|0
Idaho|Canyon County|43.67|-116.75|21
Idaho|Caribou County|42.65|-111.60|0
Idaho|Cassia County|42.54|-113.79|0
Idaho|Clark County|44.18|-112.23|0
Idaho|Clearwater County|46.48|-116.26|0
Idaho|Custer County|44.50|-114.23|0
Idaho|Elmore County|43.05|-115.62|28
Idaho|Franklin County|42.10|-111.88|0
Idaho|Fremont County|44.02|-111.57|12
Idaho|Gem County|43.87|-116.50|0
Idaho|Gooding County|42.86|-114.71|10
Idaho|Idaho County|45.93|-116.12|0
Idaho|Jefferson County|43.67|-111.91|0
Idaho|Jerome County|42.72|-114.52|0
Idaho|Kootenai County|47.78|-116.84|21
Idaho|Latah County|46.73|-117.00|0
Idaho|Lemhi County|45.18|-113.90|0
Idaho|Lewis County|46.23|-116.14|9
Idaho|Lincoln County|42.94|-114.41|0
Idaho|Madison County|43.85|-111.77|4
Idaho|Minidoka County|42.60|-113.74|6
Idaho|Nez Perce County|46.40|-116.93|10
Idaho|Oneida County|42.19|-112.25|0
Idaho|Owyhee County|43.46|-116.77|33
Idaho|Payette County|44.02|-116.89|8
Idaho|Power County|42.79|-112.85|0
Idaho|Shoshone County|47.51|-116.07|13
Idaho|Teton County|43.66|-111.11|7
Idaho|Twin Falls County|42.56|-114.50|22
Idaho|Valley County|44.71|-116.07|23
Idaho|Washington County|44.25|-116.97|0
Illinois|Adams County|39.93|-91.24|19
Illinois|Alexander County|37.01|-89.18|0
Illinois|Bond County|38.89|-89.41|0
Illinois|Boone County|42.34|-88.80|10
Illinois|Brown County|39.99|-90.76|0
Illinois|Bureau County|41.39|-89.36|27
Illinois|Calhoun County|39.16|-90.62|0
Illinois|Carroll County|42.08|-89.91|21
Illinois|Cass County|39.95|-90.21|20
Illinois|Champaign County|40.13|-88.20|24
Illinois|Christian County|39.52|-89.28|23
Illinois|Clark County|39.34|-87.86|16
Illinois|Clay County|38.72|-88.49|6
Illinois|Clinton County|38.58|-89.51|34
Illinois|Coles County|39.49|-88.27|9
Illinois|Cook County|41.80|-87.80|48
Illinois|Crawford County|39.00|-87.75|14
Illinois|Cumberland County|39.28|-88.29|15
Illinois|De Witt County|40.20|-88.80|15
Illinois|DeKalb County|41.90|-88.73|30
Illinois|Douglas County|39.77|-88.34|19
Illinois|DuPage County|41.87|-88.04|20
Illinois|Edgar County|39.71|-87.68|11
Illinois|Edwards County|38.32|-88.02|8
Illinois|Effingham County|39.11|-88.59|15
Illinois|Fayette County|39.04|-89.02|15
Illinois|Ford County|40.46|-88.24|13
Illinois|Franklin County|37.96|-89.02|16
Illinois|Fulton County|40.47|-90.15|33
Illinois|Gallatin County|37.71|-88.19|0
Illinois|Greene County|39.39|-90.35|13
Illinois|Grundy County|41.29|-88.32|19
Illinois|Hamilton County|38.09|-88.54|0
Illinois|Hancock County|40.46|-91.25|28
Illinois|Hardin County|37.43|-88.33|3
Illinois|Henderson County|40.93|-90.95|0
Illinois|Henry County|41.35|-90.20|27
Illinois|Iroquois County|40.77|-87.82|22
Illinois|Jackson County|37.77|-89.26|7
Illinois|Jasper County|38.99|-88.16|0
Illinois|Jefferson County|38.23|-88.90|10
Illinois|Jersey County|39.12|-90.33|0
Illinois|Jo Daviess County|42.44|-90.27|32
Illinois|Johnson County|37.48|-88.94|9
Illinois|Kane County|41.95|-88.37|26
Illinois|Kankakee County|41.13|-87.84|24
Illinois|Kendall County|41.68|-88.41|11
Illinois|Knox County|40.89|-90.35|11
Illinois|LaSalle County|41.37|-88.91|29
Illinois|Lake County|42.31|-88.01|25
Illinois|Lawrence County|38.72|-87.77|9
Illinois|Lee County|41.80|-89.37|11
Illinois|Livingston County|40.87|-88.52|29
Illinois|Logan County|40.14|-89.29|15
Illinois|Macon County|39.84|-88.98|22
Illinois|Macoupin County|39.18|-89.85|37
Illinois|Madison County|38.81|-90.03|32
Illinois|Marion County|38.59|-89.07|13
Illinois|Marshall County|41.05|-89.24|16
Illinois|Mason County|40.31|-89.85|19
Illinois|Massac County|37.15|-88.73|0
Illinois|McDonough County|40.48|-90.66|16
Illinois|McHenry County|42.31|-88.32|28
Illinois|McLean County|40.53|-88.90|28
Illinois|Menard County|39.99|-89.79|6
Illinois|Mercer County|41.20|-90.75|0
Illinois|Monroe County|38.36|-90.21|10
Illinois|Montgomery County|39.24|-89.50|20
Illinois|Morgan County|39.72|-90.24|30
Illinois|Moultrie County|39.65|-88.66|8
Illinois|Ogle County|42.03|-89.29|27
Illinois|Peoria County|40.76|-89.67|26
Illinois|Perry County|38.05|-89.31|8
Illinois|Piatt County|39.95|-88.62|11
Illinois|Pike County|39.67|-90.86|16
Illinois|Pope County|37.37|-88.49|0
Illinois|Pulaski County|37.09|-89.16|0
Illinois|Putnam County|41.26|-89.28|5
Illinois|Randolph County|38.06|-89.79|25
Illinois|Richland County|38.73|-88.09|0
Illinois|Rock Island County|41.50|-90.48|21
Illinois|Saint Clair County|38.53|-89.99|38
Illinois|Saline County|37.75|-88.54|12
Illinois|Sangamon County|39.75|-89.65|25
Illinois|Schuyler County|40.12|-90.56|0
Illinois|Scott County|39.63|-90.46|0
Illinois|Shelby County|39.49|-88.80|24
Illinois|Stark County|41.08|-89.82|5
Illinois|Stephenson County|42.34|-89.72|10
Illinois|Tazewell County|40.55|-89.51|25
Illinois|Union County|37.48|-89.26|6
Illinois|Vermilion County|40.16|-87.67|35
Illinois|Wabash County|38.41|-87.76|0
Illinois|Warren County|40.91|-90.65|0
Illinois|Washington County|38.39|-89.47|9
Illinois|Wayne County|38.36|-88.47|11
Illinois|White County|38.04|-88.24|10
Illinois|Whiteside County|41.76|-89.92|23
Illinois|Will County|41.49|-87.99|39
Illinois|Williamson County|37.77|-89.03|11
Illinois|Winnebago County|42.36|-89.14|23
Illinois|Woodford County|40.81|-89.23|21
Indiana|Adams County|40.69|-84.95|16
Indiana|Allen County|41.14|-84.99|22
Indiana|Bartholomew County|39.25|-85.88|11
Indiana|Benton County|40.54|-87.22|13
Indiana|Blackford County|40.50|-85.32|7
Indiana|Boone County|40.03|-86.42|20
Indiana|Brown County|39.26|-86.18|8
Indiana|Carroll County|40.57|-86.60|7
Indiana|Cass County|40.70|-86.34|19
Indiana|Clark County|38.38|-85.73|19
Indiana|Clay County|39.39|-87.12|15
Indiana|Clinton County|40.35|-86.59|11
Indiana|Crawford County|38.33|-86.46|0
Indiana|Daviess County|38.75|-87.08|13
Indiana|DeKalb County|41.39|-85.02|14
Indiana|Dearborn County|39.11|-84.90|18
Indiana|Decatur County|39.31|-85.56|16
Indiana|Delaware County|40.23|-85.41|18
Indiana|Dubois County|38.30|-86.92|11
Indiana|Elkhart County|41.61|-85.90|21
Indiana|Fayette County|39.64|-85.14|0
Indiana|Floyd County|38.31|-85.91|9
Indiana|Fountain County|40.18|-87.30|14
Indiana|Franklin County|39.42|-85.01|0
Indiana|Fulton County|41.05|-86.12|9
Indiana|Gibson County|38.28|-87.55|19
Indiana|Grant County|40.50|-85.64|14
Indiana|Greene County|39.09|-87.07|14
Indiana|Hamilton County|40.07|-86.07|15
Indiana|Hancock County|39.84|-85.86|14
Indiana|Harrison County|38.21|-86.12|0
Indiana|Hendricks County|39.79|-86.43|11
Indiana|Henry County|39.93|-85.48|16
Indiana|Howard County|40.45|-86.12|14
Indiana|Huntington County|40.84|-85.45|18
Indiana|Jackson County|38.88|-85.92|12
Indiana|Jasper County|40.96|-87.17|26
Indiana|Jay County|40.39|-85.11|13
Indiana|Jefferson County|38.74|-85.42|6
Indiana|Jennings County|39.02|-85.66|4
Indiana|Johnson County|39.49|-86.10|20
Indiana|Knox County|38.73|-87.42|11
Indiana|Kosciusko County|41.29|-85.82|23
Indiana|LaGrange County|41.59|-85.48|8
Indiana|LaPorte County|41.61|-86.77|23
Indiana|Lake County|41.50|-87.40|24
Indiana|Lawrence County|38.83|-86.50|12
Indiana|Madison County|40.12|-85.75|20
Indiana|Marion County|39.79|-86.13|17
Indiana|Marshall County|41.31|-86.24|19
Indiana|Martin County|38.67|-86.85|6
Indiana|Miami County|40.66|-86.03|17
Indiana|Monroe County|39.20|-86.58|6
Indiana|Montgomery County|40.04|-86.87|0
Indiana|Morgan County|39.54|-86.41|13
Indiana|Newton County|40.91|-87.38|27
Indiana|Noble County|41.43|-85.38|18
Indiana|Ohio County|38.95|-84.85|0
Indiana|Orange County|38.59|-86.51|11
Indiana|Owen County|39.29|-86.76|0
Indiana|Parke County|39.81|-87.29|8
Indiana|Perry County|37.93|-86.76|3
Indiana|Pike County|38.49|-87.28|0
Indiana|Porter County|41.50|-87.13|23
Indiana|Posey County|38.05|-87.84|15
Indiana|Pulaski County|41.05|-86.60|0
Indiana|Putnam County|39.58|-86.83|8
Indiana|Randolph County|40.16|-85.01|18
Indiana|Ripley County|39.17|-85.20|15
Indiana|Rush County|39.61|-85.45|0
Indiana|Saint Joseph County|41.65|-86.27|27
Indiana|Scott County|38.72|-85.79|5
Indiana|Shelby County|39.53|-85.73|17
Indiana|Spencer County|38.06|-86.98|21
Indiana|Starke County|41.28|-86.62|19
Indiana|Steuben County|41.63|-84.95|12
Indiana|Sullivan County|39.17|-87.39|9
Indiana|Switzerland County|38.75|-85.07|0
Indiana|Tippecanoe County|40.42|-86.87|11
Indiana|Tipton County|40.28|-86.04|0
Indiana|Union County|39.64|-84.93|0
Indiana|Vanderburgh County|38.03|-87.56|8
Indiana|Vermillion County|39.79|-87.42|18
Indiana|Vigo County|39.49|-87.37|10
Indiana|Wabash County|40.82|-85.80|21
Indiana|Warren County|40.29|-87.29|0
Indiana|Warrick County|38.01|-87.35|9
Indiana|Washington County|38.56|-86.06|7
Indiana|Wayne County|39.84|-85.05|15
Indiana|Wells County|40.81|-85.17|8
Indiana|White County|40.74|-86.89|16
Indiana|Whitley County|41.18|-85.47|17
Iowa|Adair County|41.31|-94.46|0
Iowa|Adams County|40.99|-94.74|0
Iowa|Allamakee County|43.18|-91.52|11
Iowa|Appanoose County|40.73|-92.87|0
Iowa|Audubon County|41.72|-94.93|0
Iowa|Benton County|42.03|-91.97|30
Iowa|Black Hawk County|42.45|-92.33|19
Iowa|Boone County|42.02|-93.92|18
Iowa|Bremer County|42.76|-92.29|19
Iowa|Buchanan County|42.53|-92.00|13
Iowa|Buena Vista County|42.66|-95.25|4
Iowa|Butler County|42.72|-92.75|21
Iowa|Calhoun County|42.40|-94.63|17
Iowa|Carroll County|41.98|-94.83|21
Iowa|Cass County|41.32|-95.08|11
Iowa|Cedar County|41.74|-91.16|26
Iowa|Cerro Gordo County|43.09|-93.26|14
Iowa|Cherokee County|42.76|-95.60|19
Iowa|Chickasaw County|43.01|-92.43|11
Iowa|Clarke County|41.03|-93.77|0
Iowa|Clay County|43.14|-95.14|0
Iowa|Clayton County|42.84|-91.36|24
Iowa|Clinton County|41.82|-90.33|18
Iowa|Crawford County|42.02|-95.36|0
Iowa|Dallas County|41.68|-93.96|22
Iowa|Davis County|40.75|-92.41|0
Iowa|Decatur County|40.68|-93.84|11
Iowa|Delaware County|42.48|-91.46|0
Iowa|Des Moines County|40.88|-91.14|15
Iowa|Dickinson County|43.39|-95.17|14
Iowa|Dubuque County|42.45|-90.91|21
Iowa|Emmet County|43.40|-94.83|0
Iowa|Fayette County|42.83|-91.84|18
Iowa|Floyd County|43.10|-92.84|15
Iowa|Franklin County|42.74|-93.29|22
Iowa|Fremont County|40.75|-95.66|17
Iowa|Greene County|42.02|-94.38|0
Iowa|Grundy County|42.34|-92.72|19
Iowa|Guthrie County|41.62|-94.39|15
Iowa|Hamilton County|42.39|-93.73|12
Iowa|Hancock County|43.10|-93.70|9
Iowa|Hardin County|42.48|-93.13|14
Iowa|Harrison County|41.70|-95.75|22
Iowa|Henry County|41.00|-91.47|14
Iowa|Howard County|43.38|-92.11|0
Iowa|Humboldt County|42.72|-94.21|1
Iowa|Ida County|42.42|-95.51|9
Iowa|Iowa County|41.66|-92.05|17
Iowa|Jackson County|42.13|-90.50|17
Iowa|Jasper County|41.67|-93.16|18
Iowa|Jefferson County|41.01|-91.96|0
Iowa|Johnson County|41.68|-91.55|24
Iowa|Jones County|42.17|-91.24|9
Iowa|Keokuk County|41.35|-92.08|11
Iowa|Kossuth County|43.07|-94.23|0
Iowa|Lee County|40.51|-91.35|14
Iowa|Linn County|42.03|-91.61|24
Iowa|Louisa County|41.23|-91.27|10
Iowa|Lucas County|41.01|-93.31|0
Iowa|Lyon County|43.39|-96.09|9
Iowa|Madison County|41.38|-94.05|15
Iowa|Mahaska County|41.38|-92.65|10
Iowa|Marion County|41.33|-93.13|20
Iowa|Marshall County|42.03|-93.04|11
Iowa|Mills County|41.02|-95.66|8
Iowa|Mitchell County|43.33|-92.86|7
Iowa|Monona County|42.10|-95.95|15
Iowa|Monroe County|41.03|-92.81|0
Iowa|Montgomery County|40.97|-95.10|12
Iowa|Muscatine County|41.53|-91.11|14
Iowa|O'Brien County|43.12|-95.66|18
Iowa|Osceola County|43.40|-95.75|0
Iowa|Page County|40.75|-95.21|15
Iowa|Palo Alto County|43.11|-94.68|0
Iowa|Plymouth County|42.76|-96.17|34
Iowa|Pocahontas County|42.79|-94.76|10
Iowa|Polk County|41.65|-93.62|23
Iowa|Pottawattamie County|41.33|-95.63|29
Iowa|Poweshiek County|41.69|-92.57|15
Iowa|Ringgold County|40.71|-94.24|0
Iowa|Sac County|42.35|-95.10|14
Iowa|Scott County|41.57|-90.60|22
Iowa|Shelby County|41.65|-95.33|0
Iowa|Sioux County|43.08|-96.19|26
Iowa|Story County|42.04|-93.59|20
Iowa|Tama County|42.08|-92.48|18
Iowa|Taylor County|40.77|-94.64|14
Iowa|Union County|41.06|-94.36|0
Iowa|Van Buren County|40.73|-91.96|0
Iowa|Wapello County|41.09|-92.52|13
Iowa|Warren County|41.44|-93.58|10
Iowa|Washington County|41.42|-91.75|14
Iowa|Wayne County|40.76|-93.32|0
Iowa|Webster County|42.39|-94.23|14
Iowa|Winnebago County|43.34|-93.59|10
Iowa|Winneshiek County|43.30|-91.79|0
Iowa|Woodbury County|42.46|-96.28|18
Iowa|Worth County|43.37|-93.21|9
Iowa|Wright County|42.75|-93.75|16
Kansas|Allen County|37.87|-95.42|7
Kansas|Anderson County|38.28|-95.24|0
Kansas|Atchison County|39.56|-95.12|0
Kansas|Barber County|37.15|-98.53|16
Kansas|Barton County|38.41|-98.71|14
Kansas|Bourbon County|37.84|-94.71|0
Kansas|Brown County|39.76|-95.53|11
Kansas|Butler County|37.66|-96.98|25
Kansas|Chase County|38.37|-96.54|0
Kansas|Chautauqua County|37.13|-96.19|0
Kansas|Cherokee County|37.09|-94.74|13
Kansas|Cheyenne County|39.77|-101.80|0
Kansas|Clark County|37.19|-99.77|0
Kansas|Clay County|39.38|-97.12|0
Kansas|Cloud County|39.57|-97.66|0
Kansas|Coffey County|38.19|-95.74|0
Kansas|Comanche County|37.27|-99.33|0
Kansas|Cowley County|37.15|-97.02|11
Kansas|Crawford County|37.48|-94.73|10
Kansas|Decatur County|39.82|-100.53|0
Kansas|Dickinson County|38.87|-97.14|28
Kansas|Doniphan County|39.79|-95.05|21
Kansas|Douglas County|38.90|-95.17|14
Kansas|Edwards County|37.92|-99.41|0
Kansas|Elk County|37.47|-96.26|0
Kansas|Ellis County|38.89|-99.35|20
Kansas|Ellsworth County|38.73|-98.23|0
Kansas|Finney County|37.98|-100.93|6
Kansas|Ford County|37.75|-100.02|0
Kansas|Franklin County|38.67|-95.17|10
Kansas|Geary County|39.03|-96.81|2
Kansas|Gove County|38.96|-100.49|0
Kansas|Graham County|39.36|-99.84|0
Kansas|Grant County|37.58|-101.36|0
Kansas|Gray County|37.81|-100.35|0
Kansas|Greeley County|38.47|-101.75|0
Kansas|Greenwood County|37.82|-96.29|0
Kansas|Hamilton County|37.98|-101.75|0
Kansas|Harper County|37.22|-98.03|8
Kansas|Harvey County|38.04|-97.41|14
Kansas|Haskell County|37.46|-100.91|7
Kansas|Hodgeman County|38.08|-99.89|0
Kansas|Jackson County|39.47|-95.74|0
Kansas|Jefferson County|39.28|-95.39|10
Kansas|Jewell County|39.79|-98.21|0
Kansas|Johnson County|38.96|-94.74|32
Kansas|Kearny County|37.94|-101.25|0
Kansas|Kingman County|37.65|-98.11|0
Kansas|Kiowa County|37.60|-99.29|0
Kansas|Labette County|37.18|-95.19|19
Kansas|Lane County|38.48|-100.47|0
Kansas|Leavenworth County|39.20|-94.96|15
Kansas|Lincoln County|39.04|-98.14|0
Kansas|Linn County|38.22|-94.76|15
Kansas|Logan County|39.13|-100.86|0
Kansas|Lyon County|38.40|-96.18|0
Kansas|Marion County|38.29|-97.11|14
Kansas|Marshall County|39.76|-96.65|9
Kansas|McPherson County|38.34|-97.66|26
Kansas|Meade County|37.27|-100.47|12
Kansas|Miami County|38.56|-94.84|15
Kansas|Mitchell County|39.46|-98.11|0
Kansas|Montgomery County|37.14|-95.70|25
Kansas|Morris County|38.66|-96.49|0
Kansas|Morton County|37.01|-101.89|0
Kansas|Nemaha County|39.87|-95.93|12
Kansas|Neosho County|37.62|-95.35|12
Kansas|Ness County|38.45|-99.91|0
Kansas|Norton County|39.83|-99.89|0
Kansas|Osage County|38.71|-95.69|15
Kansas|Osborne County|39.44|-98.69|0
Kansas|Ottawa County|39.12|-97.71|0
Kansas|Pawnee County|38.18|-99.10|0
Kansas|Phillips County|39.76|-99.32|0
Kansas|Pottawatomie County|39.26|-96.26|20
Kansas|Pratt County|37.64|-98.74|0
Kansas|Rawlins County|39.81|-101.04|0
Kansas|Reno County|38.05|-97.90|21
Kansas|Republic County|39.82|-97.63|0
Kansas|Rice County|38.28|-98.20|8
Kansas|Riley County|39.14|-96.70|13
Kansas|Rooks County|39.34|-99.28|12
Kansas|Rush County|38.53|-99.31|0
Kansas|Russell County|38.90|-98.86|0
Kansas|Saline County|38.84|-97.61|0
Kansas|Scott County|38.48|-100.91|0
Kansas|Sedgwick County|37.70|-97.44|32
Kansas|Seward County|37.04|-100.92|0
Kansas|Shawnee County|39.05|-95.83|16
Kansas|Sheridan County|39.36|-100.44|0
Kansas|Sherman County|39.35|-101.71|0
Kansas|Smith County|39.78|-98.79|0
Kansas|Stafford County|37.98|-98.68|8
Kansas|Stanton County|37.57|-101.75|0
Kansas|Stevens County|37.18|-101.35|0
Kansas|Sumner County|37.31|-97.39|37
Kansas|Thomas County|39.40|-101.05|0
Kansas|Trego County|39.03|-99.88|0
Kansas|Wabaunsee County|39.02|-96.29|0
Kansas|Wallace County|38.90|-101.75|0
Kansas|Washington County|39.82|-97.05|0
Kansas|Wichita County|38.48|-101.36|0
Kansas|Wilson County|37.48|-95.75|10
Kansas|Woodson County|37.88|-95.73|0
Kansas|Wyandotte County|39.08|-94.78|14
Kentucky|Adair County|37.10|-85.31|0
Kentucky|Allen County|36.75|-86.19|0
Kentucky|Anderson County|38.04|-84.90|0
Kentucky|Ballard County|37.02|-89.03|9
Kentucky|Barren County|37.07|-85.93|9
Kentucky|Bath County|38.14|-83.76|0
Kentucky|Bell County|36.69|-83.71|9
Kentucky|Boone County|38.98|-84.68|18
Kentucky|Bourbon County|38.21|-84.25|0
Kentucky|Boyd County|38.45|-82.66|8
Kentucky|Boyle County|37.62|-84.78|4
Kentucky|Bracken County|38.73|-84.04|6
Kentucky|Breathitt County|37.55|-83.38|0
Kentucky|Breckinridge County|37.83|-86.46|17
Kentucky|Bullitt County|38.02|-85.68|21
Kentucky|Butler County|37.23|-86.68|0
Kentucky|Caldwell County|37.11|-87.88|0
Kentucky|Calloway County|36.61|-88.31|0
Kentucky|Campbell County|39.04|-84.45|15
Kentucky|Carlisle County|36.87|-89.01|0
Kentucky|Carroll County|38.68|-85.18|0
Kentucky|Carter County|38.32|-83.06|11
Kentucky|Casey County|37.32|-84.94|0
Kentucky|Christian County|36.73|-87.46|16
Kentucky|Clark County|37.99|-84.18|0
Kentucky|Clay County|37.15|-83.76|0
Kentucky|Clinton County|36.69|-85.13|0
Kentucky|Crittenden County|37.33|-88.08|0
Kentucky|Cumberland County|36.79|-85.37|0
Kentucky|Daviess County|37.74|-87.02|11
Kentucky|Edmonson County|37.19|-86.27|0
Kentucky|Elliott County|38.09|-83.13|0
Kentucky|Estill County|37.70|-83.97|0
Kentucky|Fayette County|38.01|-84.50|6
Kentucky|Fleming County|38.42|-83.73|0
Kentucky|Floyd County|37.67|-82.77|0
Kentucky|Franklin County|38.20|-84.87|0
Kentucky|Fulton County|36.54|-89.03|15
Kentucky|Gallatin County|38.78|-84.90|0
Kentucky|Garrard County|37.62|-84.58|0
Kentucky|Grant County|38.70|-84.59|10
Kentucky|Graves County|36.74|-88.64|0
Kentucky|Grayson County|37.48|-86.29|0
Kentucky|Green County|37.26|-85.50|0
Kentucky|Greenup County|38.57|-82.78|24
Kentucky|Hancock County|37.92|-86.83|7
Kentucky|Hardin County|37.81|-85.94|15
Kentucky|Harlan County|36.89|-83.22|23
Kentucky|Harrison County|38.39|-84.29|0
Kentucky|Hart County|37.23|-85.90|6
Kentucky|Henderson County|37.84|-87.59|0
Kentucky|Henry County|38.40|-85.18|4
Kentucky|Hickman County|36.67|-88.99|0
Kentucky|Hopkins County|37.24|-87.54|16
Kentucky|Jackson County|37.37|-83.98|7
Kentucky|Jefferson County|38.23|-85.65|24
Kentucky|Jessamine County|37.87|-84.62|5
Kentucky|Johnson County|37.79|-82.78|4
Kentucky|Kenton County|39.03|-84.55|12
Kentucky|Knott County|37.34|-82.98|0
Kentucky|Knox County|36.87|-83.89|0
Kentucky|Larue County|37.57|-85.74|0
Kentucky|Laurel County|37.04|-84.09|10
Kentucky|Lawrence County|38.11|-82.60|0
Kentucky|Lee County|37.57|-83.71|0
Kentucky|Leslie County|37.16|-83.37|0
Kentucky|Letcher County|37.15|-82.73|10
Kentucky|Lewis County|38.60|-83.32|0
Kentucky|Lincoln County|37.53|-84.66|0
Kentucky|Livingston County|37.09|-88.44|7
Kentucky|Logan County|36.85|-86.80|8
Kentucky|Lyon County|37.09|-88.08|0
Kentucky|Madison County|37.66|-84.30|10
Kentucky|Magoffin County|37.75|-83.07|0
Kentucky|Marion County|37.57|-85.25|0
Kentucky|Marshall County|36.95|-88.35|10
Kentucky|Martin County|37.87|-82.54|0
Kentucky|Mason County|38.64|-83.74|0
Kentucky|McCracken County|37.04|-88.62|10
Kentucky|McCreary County|36.69|-84.46|5
Kentucky|McLean County|37.52|-87.20|7
Kentucky|Meade County|37.98|-86.14|4
Kentucky|Menifee County|37.95|-83.63|0
Kentucky|Mercer County|37.79|-84.86|4
Kentucky|Metcalfe County|36.98|-85.61|0
Kentucky|Monroe County|36.70|-85.69|0
Kentucky|Montgomery County|38.01|-83.89|8
Kentucky|Morgan County|37.94|-83.20|7
Kentucky|Muhlenberg County|37.26|-87.16|7
Kentucky|Nelson County|37.81|-85.47|0
Kentucky|Nicholas County|38.31|-84.03|0
Kentucky|Ohio County|37.40|-86.85|11
Kentucky|Oldham County|38.35|-85.46|10
Kentucky|Owen County|38.54|-84.84|0
Kentucky|Owsley County|37.48|-83.67|0
Kentucky|Pendleton County|38.68|-84.33|0
Kentucky|Perry County|37.25|-83.19|0
Kentucky|Pike County|37.50|-82.54|3
Kentucky|Powell County|37.85|-83.89|3
Kentucky|Pulaski County|37.09|-84.60|0
Kentucky|Robertson County|38.53|-84.04|0
Kentucky|Rockcastle County|37.38|-84.38|5
Kentucky|Rowan County|38.18|-83.43|0
Kentucky|Russell County|37.02|-85.08|5
Kentucky|Scott County|38.21|-84.56|0
Kentucky|Shelby County|38.22|-85.29|6
Kentucky|Simpson County|36.72|-86.58|0
Kentucky|Spencer County|38.03|-85.34|0
Kentucky|Taylor County|37.34|-85.34|0
Kentucky|Todd County|36.73|-87.16|10
Kentucky|Trigg County|36.87|-87.84|0
Kentucky|Trimble County|38.58|-85.27|5
Kentucky|Union County|37.67|-87.92|15
Kentucky|Warren County|36.94|-86.43|7
Kentucky|Washington County|37.69|-85.22|0
Kentucky|Wayne County|36.83|-84.85|0
Kentucky|Webster County|37.50|-87.70|20
Kentucky|Whitley County|36.85|-84.13|12
Kentucky|Wolfe County|37.73|-83.55|0
Kentucky|Woodford County|38.10|-84.71|6
Louisiana|Acadia Parish|30.30|-92.34|17
Louisiana|Allen Parish|30.68|-92.72|25
Louisiana|Ascension Parish|30.21|-90.94|13
Louisiana|Assumption Parish|29.93|-91.04|17
Louisiana|Avoyelles Parish|31.02|-92.03|23
Louisiana|Beauregard Parish|30.80|-93.41|14
Louisiana|Bienville Parish|32.44|-93.10|21
Louisiana|Bossier Parish|32.63|-93.64|32
Louisiana|Caddo Parish|32.63|-93.91|28
Louisiana|Calcasieu Parish|30.25|-93.30|28
Louisiana|Caldwell Parish|32.07|-92.10|7
Louisiana|Cameron Parish|29.90|-93.33|12
Louisiana|Catahoula Parish|31.70|-91.82|9
Louisiana|Claiborne Parish|32.88|-93.10|11
Louisiana|Concordia Parish|31.60|-91.51|9
Louisiana|De Soto Parish|32.10|-93.84|21
Louisiana|East Baton Rouge Parish|30.47|-91.09|22
Louisiana|East Carroll Parish|32.70|-91.28|16
Louisiana|East Feliciana Parish|30.85|-91.12|10
Louisiana|Evangeline Parish|30.65|-92.43|25
Louisiana|Franklin Parish|32.16|-91.72|0
Louisiana|Grant Parish|31.52|-92.71|0
Louisiana|Iberia Parish|29.95|-91.82|17
Louisiana|Iberville Parish|30.29|-91.22|37
Louisiana|Jackson Parish|32.24|-92.72|0
Louisiana|Jefferson Davis Parish|30.26|-92.71|26
Louisiana|Jefferson Parish|29.87|-90.13|73
Louisiana|La Salle Parish|31.79|-92.21|14
Louisiana|Lafayette Parish|30.20|-92.06|14
Louisiana|Lafourche Parish|29.63|-90.51|40
Louisiana|Lincoln Parish|32.53|-92.68|4
Louisiana|Livingston Parish|30.46|-90.78|22
Louisiana|Madison Parish|32.41|-91.19|0
Louisiana|Morehouse Parish|32.76|-91.87|0
Louisiana|Natchitoches Parish|31.80|-93.08|12
Louisiana|Orleans Parish|29.95|-90.08|0
Louisiana|Ouachita Parish|32.53|-92.11|19
Louisiana|Plaquemines Parish|29.67|-89.84|26
Louisiana|Pointe Coupee Parish|30.63|-91.50|10
Louisiana|Rapides Parish|31.25|-92.45|34
Louisiana|Red River Parish|32.01|-93.34|0
Louisiana|Richland Parish|32.47|-91.62|13
Louisiana|Sabine Parish|31.60|-93.56|9
Louisiana|Saint Bernard Parish|29.92|-89.94|8
Louisiana|Saint Charles Parish|29.93|-90.39|16
Louisiana|Saint Helena Parish|30.83|-90.67|0
Louisiana|Saint James Parish|30.02|-90.73|11
Louisiana|Saint John the Baptist Parish|30.06|-90.54|8
Louisiana|Saint Landry Parish|30.51|-92.01|39
Louisiana|Saint Martin Parish|30.23|-91.83|17
Louisiana|Saint Mary Parish|29.74|-91.33|25
Louisiana|Saint Tammany Parish|30.36|-89.93|22
Louisiana|Tangipahoa Parish|30.65|-90.49|33
Louisiana|Tensas Parish|32.00|-91.24|9
Louisiana|Terrebonne Parish|29.56|-90.69|24
Louisiana|Union Parish|32.80|-92.53|13
Louisiana|Vermilion Parish|29.99|-92.24|27
Louisiana|Vernon Parish|31.07|-93.24|17
Louisiana|Washington Parish|30.84|-89.94|21
Louisiana|Webster Parish|32.79|-93.38|30
Louisiana|West Baton Rouge Parish|30.43|-91.28|17
Louisiana|West Carroll Parish|32.86|-91.39|0
Louisiana|West Feliciana Parish|30.78|-91.38|0
Louisiana|Winn Parish|31.93|-92.64|0
Maine|Androscoggin County|44.17|-70.21|34
Maine|Aroostook County|46.79|-68.01|83
Maine|Cumberland County|43.78|-70.33|46
Maine|Franklin County|44.67|-70.18|33
Maine|Hancock County|44.45|-68.48|36
Maine|Kennebec County|44.40|-69.77|34
Maine|Knox County|44.13|-69.17|29
Maine|Lincoln County|44.02|-69.55|22
Maine|Oxford County|44.24|-70.61|56
Maine|Penobscot County|45.02|-68.85|114
Maine|Piscataquis County|45.27|-69.24|35
Maine|Sagadahoc County|43.93|-69.84|18
Maine|Somerset County|44.78|-69.60|23
Maine|Waldo County|44.50|-69.08|35
Maine|Washington County|44.71|-67.56|59
Maine|York County|43.42|-70.69|44
Maryland|Allegany County|39.60|-78.87|20
Maryland|Anne Arundel County|39.04|-76.59|30
Maryland|Baltimore County|39.36|-76.61|23
Maryland|Calvert County|38.55|-76.54|28
Maryland|Caroline County|38.88|-75.82|21
Maryland|Carroll County|39.52|-77.01|21
Maryland|Cecil County|39.61|-75.98|13
Maryland|Charles County|38.55|-76.99|36
Maryland|City of Baltimore|39.29|-76.61|0
Maryland|Dorchester County|38.59|-76.01|15
Maryland|Frederick County|39.42|-77.42|33
Maryland|Garrett County|39.40|-79.39|2
Maryland|Harford County|39.51|-76.30|19
Maryland|Howard County|39.19|-76.82|13
Maryland|Kent County|39.17|-76.15|9
Maryland|Montgomery County|39.07|-77.10|29
Maryland|Prince George's County|38.89|-76.89|28
Maryland|Queen Anne's County|39.03|-76.19|23
Maryland|Saint Mary's County|38.38|-76.63|21
Maryland|Somerset County|38.09|-75.77|15
Maryland|Talbot County|38.74|-76.12|11
Maryland|Washington County|39.63|-77.72|40
Maryland|Wicomico County|38.39|-75.58|15
Maryland|Worcester County|38.27|-75.25|36
Massachusetts|Barnstable County|41.71|-70.29|40
Massachusetts|Berkshire County|42.38|-73.24|38
Massachusetts|Bristol County|41.81|-71.11|27
Massachusetts|Dukes County|41.42|-70.59|9
Massachusetts|Essex County|42.64|-70.94|27
Massachusetts|Franklin County|42.57|-72.58|25
Massachusetts|Hampden County|42.12|-72.49|32
Massachusetts|Hampshire County|42.32|-72.58|29
Massachusetts|Middlesex County|42.47|-71.33|47
Massachusetts|Nantucket County|41.28|-70.10|0
Massachusetts|Norfolk County|42.18|-71.19|33
Massachusetts|Plymouth County|41.98|-70.80|38
Massachusetts|Suffolk County|42.36|-71.04|9
Massachusetts|Worcester County|42.31|-71.84|50
Michigan|Alcona County|44.71|-83.42|12
Michigan|Alger County|46.41|-86.65|0
Michigan|Allegan County|42.56|-85.86|30
Michigan|Alpena County|45.06|-83.43|0
Michigan|Antrim County|44.93|-85.23|16
Michigan|Arenac County|43.98|-83.96|0
Michigan|Baraga County|46.77|-88.47|2
Michigan|Barry County|42.61|-85.32|19
Michigan|Bay County|43.67|-83.94|21
Michigan|Benzie County|44.63|-86.16|6
Michigan|Berrien County|42.02|-86.44|36
Michigan|Branch County|41.96|-85.05|15
Michigan|Calhoun County|42.26|-85.09|28
Michigan|Cass County|41.93|-86.00|19
Michigan|Charlevoix County|45.23|-85.13|14
Michigan|Cheboygan County|45.53|-84.54|15
Michigan|Chippewa County|46.50|-84.35|0
Michigan|Clare County|43.92|-84.78|12
Michigan|Clinton County|42.92|-84.56|19
Michigan|Crawford County|44.66|-84.71|0
Michigan|Delta County|45.80|-87.04|7
Michigan|Dickinson County|45.80|-88.01|9
Michigan|Eaton County|42.59|-84.77|26
Michigan|Emmet County|45.40|-84.97|4
Michigan|Genesee County|42.98|-83.71|27
Michigan|Gladwin County|43.93|-84.49|6
Michigan|Gogebic County|46.47|-90.05|10
Michigan|Grand Traverse County|44.67|-85.58|11
Michigan|Gratiot County|43.37|-84.59|10
Michigan|Hillsdale County|41.95|-84.70|13
Michigan|Houghton County|47.16|-88.50|10
Michigan|Huron County|43.79|-83.15|41
Michigan|Ingham County|42.65|-84.41|30
Michigan|Ionia County|42.93|-85.11|21
Michigan|Iosco County|44.32|-83.51|18
Michigan|Iron County|46.09|-88.53|16
Michigan|Isabella County|43.59|-84.82|16
Michigan|Jackson County|42.20|-84.38|22
Michigan|Kalamazoo County|42.27|-85.54|19
Michigan|Kalkaska County|44.78|-85.23|7
Michigan|Kent County|42.98|-85.63|28
Michigan|Keweenaw County|47.41|-88.30|0
Michigan|Lake County|43.90|-85.85|0
Michigan|Lapeer County|43.08|-83.19|22
Michigan|Leelanau County|44.90|-85.70|15
Michigan|Lenawee County|41.91|-84.10|24
Michigan|Livingston County|42.54|-83.90|20
Michigan|Luce County|46.35|-85.51|0
Michigan|Mackinac County|45.87|-84.73|0
Michigan|Macomb County|42.63|-82.92|32
Michigan|Manistee County|44.24|-86.32|0
Michigan|Marquette County|46.46|-87.50|21
Michigan|Mason County|43.96|-86.37|7
Michigan|Mecosta County|43.64|-85.39|10
Michigan|Menominee County|45.11|-87.61|0
Michigan|Midland County|43.69|-84.42|16
Michigan|Missaukee County|44.34|-85.22|0
Michigan|Monroe County|41.91|-83.45|23
Michigan|Montcalm County|43.32|-85.16|30
Michigan|Montmorency County|44.94|-84.22|10
Michigan|Muskegon County|43.27|-86.22|25
Michigan|Newaygo County|43.48|-85.84|10
Michigan|Oakland County|42.58|-83.30|36
Michigan|Oceana County|43.65|-86.36|5
Michigan|Ogemaw County|44.23|-84.14|10
Michigan|Ontonagon County|46.87|-89.31|0
Michigan|Osceola County|43.89|-85.38|11
Michigan|Oscoda County|44.65|-84.13|0
Michigan|Otsego County|45.03|-84.67|0
Michigan|Ottawa County|42.94|-86.04|22
Michigan|Presque Isle County|45.42|-83.82|0
Michigan|Roscommon County|44.37|-84.60|16
Michigan|Saginaw County|43.37|-83.98|24
Michigan|Saint Clair County|42.85|-82.59|36
Michigan|Saint Joseph County|41.88|-85.54|20
Michigan|Sanilac County|43.30|-82.81|23
Michigan|Schoolcraft County|45.96|-86.25|0
Michigan|Shiawassee County|42.95|-84.17|17
Michigan|Tuscola County|43.44|-83.48|31
Michigan|Van Buren County|42.23|-86.01|30
Michigan|Washtenaw County|42.23|-83.82|20
Michigan|Wayne County|42.29|-83.20|32
Michigan|Wexford County|44.33|-85.40|9
Minnesota|Aitkin County|46.53|-93.71|0
Minnesota|Anoka County|45.21|-93.25|22
Minnesota|Becker County|46.77|-95.77|8
Minnesota|Beltrami County|47.77|-94.98|35
Minnesota|Benton County|45.67|-94.10|15
Minnesota|Big Stone County|45.30|-96.44|0
Minnesota|Blue Earth County|44.11|-93.97|21
Minnesota|Brown County|44.28|-94.72|21
Minnesota|Carlton County|46.64|-92.50|29
Minnesota|Carver County|44.82|-93.77|20
Minnesota|Cass County|46.66|-94.43|50
Minnesota|Chippewa County|44.95|-95.54|14
Minnesota|Chisago County|45.45|-92.92|26
Minnesota|Clay County|46.85|-96.59|26
Minnesota|Clearwater County|47.52|-95.40|0
Minnesota|Cook County|47.75|-90.33|0
Minnesota|Cottonwood County|43.90|-95.02|9
Minnesota|Crow Wing County|46.51|-94.20|20
Minnesota|Dakota County|44.78|-93.12|22
Minnesota|Dodge County|44.00|-92.80|14
Minnesota|Douglas County|45.88|-95.26|9
Minnesota|Faribault County|43.72|-94.00|22
Minnesota|Fillmore County|43.71|-92.08|29
Minnesota|Freeborn County|43.65|-93.37|0
Minnesota|Goodhue County|44.36|-92.74|28
Minnesota|Grant County|45.99|-95.98|0
Minnesota|Hennepin County|45.00|-93.48|28
Minnesota|Houston County|43.67|-91.48|23
Minnesota|Hubbard County|46.92|-95.06|0
Minnesota|Isanti County|45.60|-93.21|15
Minnesota|Itasca County|47.30|-93.41|29
Minnesota|Jackson County|43.65|-95.08|9
Minnesota|Kanabec County|45.88|-93.29|0
Minnesota|Kandiyohi County|45.20|-94.93|14
Minnesota|Kittson County|48.77|-96.95|0
Minnesota|Koochiching County|48.60|-93.41|0
Minnesota|Lac qui Parle County|44.97|-96.13|8
Minnesota|Lake County|47.16|-91.46|22
Minnesota|Lake of the Woods County|48.71|-94.60|0
Minnesota|Le Sueur County|44.41|-93.67|23
Minnesota|Lincoln County|44.37|-96.19|12
Minnesota|Lyon County|44.46|-95.77|29
Minnesota|Mahnomen County|47.32|-95.97|0
Minnesota|Marshall County|48.20|-96.77|0
Minnesota|Martin County|43.71|-94.54|17
Minnesota|McLeod County|44.88|-94.15|18
Minnesota|Meeker County|45.18|-94.46|18
Minnesota|Mille Lacs County|45.83|-93.66|38
Minnesota|Morrison County|45.93|-94.25|13
Minnesota|Mower County|43.69|-92.77|17
Minnesota|Murray County|43.93|-95.68|10
Minnesota|Nicollet County|44.26|-94.06|11
Minnesota|Nobles County|43.63|-95.76|14
Minnesota|Norman County|47.30|-96.52|0
Minnesota|Olmsted County|44.01|-92.47|20
Minnesota|Otter Tail County|46.42|-95.69|41
Minnesota|Pennington County|48.12|-96.18|0
Minnesota|Pine County|45.93|-92.94|23
Minnesota|Pipestone County|43.94|-96.22|11
Minnesota|Polk County|47.76|-96.46|57
Minnesota|Pope County|45.63|-95.46|6
Minnesota|Ramsey County|45.03|-93.11|13
Minnesota|Red Lake County|47.88|-96.27|0
Minnesota|Redwood County|44.54|-95.12|0
Minnesota|Renville County|44.72|-94.91|26
Minnesota|Rice County|44.42|-93.27|15
Minnesota|Rock County|43.65|-96.21|0
Minnesota|Roseau County|48.88|-95.54|17
Minnesota|Saint Louis County|47.36|-92.36|72
Minnesota|Scott County|44.69|-93.50|23
Minnesota|Sherburne County|45.37|-93.70|15
Minnesota|Sibley County|44.57|-94.22|13
Minnesota|Stearns County|45.55|-94.43|46
Minnesota|Steele County|44.04|-93.17|22
Minnesota|Stevens County|45.59|-95.91|0
Minnesota|Swift County|45.26|-95.81|18
Minnesota|Todd County|46.17|-94.83|22
Minnesota|Traverse County|45.80|-96.50|0
Minnesota|Wabasha County|44.28|-92.18|20
Minnesota|Wadena County|46.60|-95.12|18
Minnesota|Waseca County|44.03|-93.57|17
Minnesota|Washington County|45.02|-92.90|31
Minnesota|Watonwan County|44.02|-94.52|10
Minnesota|Wilkin County|46.26|-96.59|0
Minnesota|Winona County|44.02|-91.82|21
Minnesota|Wright County|45.18|-93.87|31
Minnesota|Yellow Medicine County|44.76|-95.91|30
Mississippi|Adams County|31.57|-91.38|3
Mississippi|Alcorn County|34.93|-88.49|4
Mississippi|Amite County|31.16|-90.81|0
Mississippi|Attala County|33.06|-89.59|0
Mississippi|Benton County|34.83|-89.18|0
Mississippi|Bolivar County|33.81|-90.80|23
Mississippi|Calhoun County|33.90|-89.29|12
Mississippi|Carroll County|33.51|-89.92|0
Mississippi|Chickasaw County|33.95|-88.88|13
Mississippi|Choctaw County|33.31|-89.17|0
Mississippi|Claiborne County|31.96|-90.98|0
Mississippi|Clarke County|32.09|-88.76|6
Mississippi|Clay County|33.61|-88.65|0
Mississippi|Coahoma County|34.30|-90.55|11
Mississippi|Copiah County|31.85|-90.38|17
Mississippi|Covington County|31.65|-89.56|0
Mississippi|De Soto County|34.94|-90.02|18
Mississippi|Forrest County|31.35|-89.31|7
Mississippi|Franklin County|31.47|-90.87|3
Mississippi|George County|30.93|-88.59|0
Mississippi|Greene County|31.16|-88.56|0
Mississippi|Grenada County|33.77|-89.81|0
Mississippi|Hancock County|30.33|-89.42|21
Mississippi|Harrison County|30.42|-89.10|25
Mississippi|Hinds County|32.28|-90.37|25
Mississippi|Holmes County|33.05|-90.00|26
Mississippi|Humphreys County|33.18|-90.49|0
Mississippi|Issaquena County|32.90|-91.05|0
Mississippi|Itawamba County|34.30|-88.45|5
Mississippi|Jackson County|30.47|-88.66|27
Mississippi|Jasper County|31.98|-89.29|0
Mississippi|Jefferson County|31.71|-91.06|0
Mississippi|Jefferson Davis County|31.60|-89.87|0
Mississippi|Jones County|31.70|-89.14|12
Mississippi|Kemper County|32.77|-88.65|0
Mississippi|Lafayette County|34.37|-89.52|1
Mississippi|Lamar County|31.24|-89.43|27
Mississippi|Lauderdale County|32.45|-88.72|15
Mississippi|Lawrence County|31.55|-90.11|0
Mississippi|Leake County|32.66|-89.50|9
Mississippi|Lee County|34.28|-88.67|27
Mississippi|Leflore County|33.51|-90.25|7
Mississippi|Lincoln County|31.58|-90.44|0
Mississippi|Lowndes County|33.57|-88.38|14
Mississippi|Madison County|32.53|-90.18|17
Mississippi|Marion County|31.28|-89.91|8
Mississippi|Marshall County|34.82|-89.57|13
Mississippi|Monroe County|33.90|-88.52|10
Mississippi|Montgomery County|33.48|-89.73|0
Mississippi|Neshoba County|32.76|-89.19|7
Mississippi|Newton County|32.45|-89.17|15
Mississippi|Noxubee County|33.17|-88.57|8
Mississippi|Oktibbeha County|33.45|-88.82|0
Mississippi|Panola County|34.42|-89.93|13
Mississippi|Pearl River County|30.61|-89.64|27
Mississippi|Perry County|31.28|-88.99|10
Mississippi|Pike County|31.22|-90.46|9
Mississippi|Pontotoc County|34.25|-89.00|0
Mississippi|Prentiss County|34.66|-88.57|0
Mississippi|Quitman County|34.23|-90.28|4
Mississippi|Rankin County|32.25|-90.08|28
Mississippi|Scott County|32.39|-89.55|12
Mississippi|Sharkey County|32.91|-90.88|0
Mississippi|Simpson County|31.92|-89.80|9
Mississippi|Smith County|31.93|-89.48|13
Mississippi|Stone County|30.86|-89.14|0
Mississippi|Sunflower County|33.56|-90.56|29
Mississippi|Tallahatchie County|33.99|-90.26|19
Mississippi|Tate County|34.65|-89.97|5
Mississippi|Tippah County|34.73|-88.95|0
Mississippi|Tishomingo County|34.66|-88.20|17
Mississippi|Tunica County|34.69|-90.38|1
Mississippi|Union County|34.49|-89.01|0
Mississippi|Walthall County|31.12|-90.14|0
Mississippi|Warren County|32.34|-90.85|3
Mississippi|Washington County|33.36|-90.96|24
Mississippi|Wayne County|31.62|-88.57|10
Mississippi|Webster County|33.57|-89.27|4
Mississippi|Wilkinson County|31.10|-91.18|12
Mississippi|Winston County|33.12|-89.06|0
Mississippi|Yalobusha County|34.15|-89.63|0
Mississippi|Yazoo County|32.86|-90.41|0
Missouri|Adair County|40.19|-92.58|0
Missouri|Andrew County|39.89|-94.83|7
Missouri|Atchison County|40.43|-95.45|7
Missouri|Audrain County|39.24|-91.69|19
Missouri|Barry County|36.76|-93.84|24
Missouri|Barton County|37.50|-94.28|0
Missouri|Bates County|38.25|-94.35|18
Missouri|Benton County|38.36|-93.31|16
Missouri|Bollinger County|37.31|-89.97|0
Missouri|Boone County|39.01|-92.24|27
Missouri|Buchanan County|39.77|-94.85|0
Missouri|Butler County|36.76|-90.39|0
Missouri|Caldwell County|39.69|-94.02|6
Missouri|Callaway County|38.74|-92.04|14
Missouri|Camden County|38.11|-92.70|13
Missouri|Cape Girardeau County|37.34|-89.59|8
Missouri|Carroll County|39.36|-93.50|0
Missouri|Carter County|37.00|-91.01|0
Missouri|Cass County|38.71|-94.37|25
Missouri|Cedar County|37.79|-93.91|15
Missouri|Chariton County|39.43|-92.87|6
Missouri|Christian County|37.03|-93.32|22
Missouri|City of Saint Louis|38.63|-90.20|0
Missouri|Clark County|40.42|-91.72|0
Missouri|Clay County|39.26|-94.46|22
Missouri|Clinton County|39.62|-94.40|20
Missouri|Cole County|38.55|-92.23|11
Missouri|Cooper County|38.97|-92.74|0
Missouri|Crawford County|38.06|-91.33|13
Missouri|Dade County|37.42|-93.84|0
Missouri|Dallas County|37.64|-93.09|0
Missouri|Daviess County|39.91|-93.96|0
Missouri|DeKalb County|39.89|-94.36|0
Missouri|Dent County|37.65|-91.54|0
Missouri|Douglas County|36.95|-92.66|0
Missouri|Dunklin County|36.37|-90.04|29
Missouri|Franklin County|38.45|-91.02|30
Missouri|Gasconade County|38.52|-91.47|21
Missouri|Gentry County|40.17|-94.46|15
Missouri|Greene County|37.25|-93.35|24
Missouri|Grundy County|40.08|-93.62|0
Missouri|Harrison County|40.27|-94.03|0
Missouri|Henry County|38.45|-93.65|15
Missouri|Hickory County|37.94|-93.32|0
Missouri|Holt County|40.06|-95.19|9
Missouri|Howard County|39.13|-92.76|14
Missouri|Howell County|36.91|-91.84|20
Missouri|Iron County|37.60|-90.63|0
Missouri|Jackson County|39.00|-94.34|24
Missouri|Jasper County|37.13|-94.42|28
Missouri|Jefferson County|38.32|-90.46|23
Missouri|Johnson County|38.74|-93.71|25
Missouri|Knox County|40.17|-92.17|0
Missouri|Laclede County|37.68|-92.66|0
Missouri|Lafayette County|39.06|-93.78|21
Missouri|Lawrence County|37.01|-93.79|20
Missouri|Lewis County|40.12|-91.67|4
Missouri|Lincoln County|39.02|-90.85|18
Missouri|Linn County|39.79|-93.07|15
Missouri|Livingston County|39.80|-93.55|0
Missouri|Macon County|39.88|-92.48|16
Missouri|Madison County|37.56|-90.29|0
Missouri|Maries County|38.24|-91.83|12
Missouri|Marion County|39.72|-91.54|19
Missouri|McDonald County|36.63|-94.43|13
Missouri|Mercer County|40.40|-93.58|0
Missouri|Miller County|38.26|-92.56|11
Missouri|Mississippi County|36.85|-89.37|8
Missouri|Moniteau County|38.64|-92.67|10
Missouri|Monroe County|39.48|-92.00|0
Missouri|Montgomery County|39.02|-91.54|6
Missouri|Morgan County|38.38|-92.97|15
Missouri|New Madrid County|36.51|-89.69|22
Missouri|Newton County|36.88|-94.41|19
Missouri|Nodaway County|40.35|-94.87|0
Missouri|Oregon County|36.61|-91.47|12
Missouri|Osage County|38.49|-91.85|0
Missouri|Ozark County|36.60|-92.43|0
Missouri|Pemiscot County|36.17|-89.74|13
Missouri|Perry County|37.72|-89.86|0
Missouri|Pettis County|38.74|-93.33|10
Missouri|Phelps County|37.97|-91.69|8
Missouri|Pike County|39.40|-91.12|9
Missouri|Platte County|39.28|-94.74|21
Missouri|Polk County|37.70|-93.49|13
Missouri|Pulaski County|37.86|-92.24|20
Missouri|Putnam County|40.46|-93.12|10
Missouri|Ralls County|39.59|-91.40|0
Missouri|Randolph County|39.43|-92.49|5
Missouri|Ray County|39.31|-94.10|17
Missouri|Reynolds County|37.44|-90.96|0
Missouri|Ripley County|36.62|-90.82|0
Missouri|Saint Charles County|38.79|-90.70|19
Missouri|Saint Clair County|38.12|-93.87|17
Missouri|Saint Francois County|37.84|-90.53|13
Missouri|Saint Louis County|38.65|-90.36|29
Missouri|Sainte Genevieve County|37.98|-90.04|0
Missouri|Saline County|39.10|-93.23|23
Missouri|Schuyler County|40.52|-92.53|0
Missouri|Scotland County|40.46|-92.17|0
Missouri|Scott County|37.09|-89.60|24
Missouri|Shannon County|37.08|-91.34|8
Missouri|Shelby County|39.75|-92.04|7
Missouri|Stoddard County|36.86|-89.94|27
Missouri|Stone County|36.78|-93.49|18
Missouri|Sullivan County|40.20|-93.13|0
Missouri|Taney County|36.67|-93.15|10
Missouri|Texas County|37.32|-91.97|25
Missouri|Vernon County|37.84|-94.35|0
Missouri|Warren County|38.76|-91.07|15
Missouri|Washington County|37.94|-90.79|0
Missouri|Wayne County|37.14|-90.57|11
Missouri|Webster County|37.20|-92.91|16
Missouri|Worth County|40.49|-94.41|0
Missouri|Wright County|37.16|-92.45|18
Montana|Beaverhead County|45.22|-112.64|0
Montana|Big Horn County|45.67|-107.54|10
Montana|Blaine County|48.54|-109.00|19
Montana|Broadwater County|46.32|-111.52|0
Montana|Carbon County|45.19|-109.25|0
Montana|Carter County|45.89|-104.55|0
Montana|Cascade County|47.51|-111.32|13
Montana|Chouteau County|47.82|-110.67|0
Montana|Custer County|46.41|-105.84|0
Montana|Daniels County|48.79|-105.42|0
Montana|Dawson County|47.11|-104.73|2
Montana|Deer Lodge County|46.15|-112.86|7
Montana|Fallon County|46.37|-104.28|0
Montana|Fergus County|47.06|-109.43|0
Montana|Flathead County|48.20|-114.23|26
Montana|Gallatin County|45.54|-111.25|99
Montana|Garfield County|47.32|-106.91|0
Montana|Glacier County|48.58|-112.84|39
Montana|Golden Valley County|46.30|-109.26|0
Montana|Granite County|46.33|-113.29|0
Montana|Hill County|48.55|-109.68|0
Montana|Jefferson County|46.28|-112.03|46
Montana|Judith Basin County|47.15|-110.22|0
Montana|Lake County|47.61|-114.13|10
Montana|Lewis and Clark County|46.68|-112.09|55
Montana|Liberty County|48.51|-110.97|0
Montana|Lincoln County|48.63|-115.30|34
Montana|Madison County|45.29|-111.95|0
Montana|McCone County|47.42|-105.59|0
Montana|Meagher County|46.55|-110.90|0
Montana|Mineral County|47.19|-114.89|0
Montana|Missoula County|46.90|-113.92|46
Montana|Musselshell County|46.45|-108.54|0
Montana|Park County|45.66|-110.56|0
Montana|Petroleum County|47.00|-108.35|0
Montana|Phillips County|48.36|-107.87|0
Montana|Pondera County|48.17|-111.95|0
Montana|Powder River County|45.44|-105.41|0
Montana|Powell County|46.40|-112.73|0
Montana|Prairie County|46.79|-105.31|0
Montana|Ravalli County|46.38|-114.13|15
Montana|Richland County|47.72|-104.16|0
Montana|Roosevelt County|48.09|-105.64|0
Montana|Rosebud County|45.92|-106.66|39
Montana|Sanders County|47.53|-115.11|19
Montana|Sheridan County|48.77|-104.56|0
Montana|Silver Bow County|45.95|-112.60|8
Montana|Stillwater County|45.58|-109.35|10
Montana|Sweet Grass County|45.83|-109.96|0
Montana|Teton County|47.81|-112.18|0
Montana|Toole County|48.51|-111.86|0
Montana|Treasure County|46.29|-107.23|0
Montana|Valley County|48.20|-106.64|0
Montana|Wheatland County|46.44|-109.83|0
Montana|Wibaux County|46.99|-104.19|0
Montana|Yellowstone County|45.76|-108.56|19
Nebraska|Adams County|40.59|-98.39|0
Nebraska|Antelope County|42.13|-98.03|0
Nebraska|Arthur County|41.57|-101.69|0
Nebraska|Banner County|41.56|-103.74|0
Nebraska|Blaine County|41.94|-99.86|0
Nebraska|Boone County|41.69|-98.00|0
Nebraska|Box Butte County|42.10|-102.87|0
Nebraska|Boyd County|42.91|-98.85|0
Nebraska|Brown County|42.55|-99.86|0
Nebraska|Buffalo County|40.81|-98.89|24
Nebraska|Burt County|41.81|-96.34|11
Nebraska|Butler County|41.25|-97.13|0
Nebraska|Cass County|40.92|-96.15|27
Nebraska|Cedar County|42.62|-97.26|0
Nebraska|Chase County|40.52|-101.64|0
Nebraska|Cherry County|42.87|-100.55|0
Nebraska|Cheyenne County|41.14|-102.98|0
Nebraska|Clay County|40.58|-98.00|13
Nebraska|Colfax County|41.45|-97.06|0
Nebraska|Cuming County|41.91|-96.81|12
Nebraska|Custer County|41.40|-99.64|0
Nebraska|Dakota County|42.44|-96.42|4
Nebraska|Dawes County|42.83|-103.00|0
Nebraska|Dawson County|40.86|-99.96|21
Nebraska|Deuel County|41.09|-102.47|0
Nebraska|Dixon County|42.42|-96.79|18
Nebraska|Dodge County|41.45|-96.64|12
Nebraska|Douglas County|41.29|-96.14|18
Nebraska|Dundy County|40.05|-101.53|0
Nebraska|Fillmore County|40.53|-97.60|0
Nebraska|Franklin County|40.10|-98.95|0
Nebraska|Frontier County|40.53|-100.38|0
Nebraska|Furnas County|40.24|-99.97|18
Nebraska|Gage County|40.20|-96.70|9
Nebraska|Garden County|41.40|-102.34|0
Nebraska|Garfield County|41.78|-99.13|0
Nebraska|Gosper County|40.59|-99.86|0
Nebraska|Grant County|42.00|-101.76|0
Nebraska|Greeley County|41.55|-98.53|0
Nebraska|Hall County|40.87|-98.47|13
Nebraska|Hamilton County|40.87|-98.00|0
Nebraska|Harlan County|40.10|-99.36|0
Nebraska|Hayes County|40.51|-101.02|0
Nebraska|Hitchcock County|40.18|-101.01|0
Nebraska|Holt County|42.49|-98.81|15
Nebraska|Hooker County|42.04|-101.04|0
Nebraska|Howard County|41.21|-98.46|0
Nebraska|Jefferson County|40.14|-97.18|0
Nebraska|Johnson County|40.37|-96.20|0
Nebraska|Kearney County|40.50|-98.95|0
Nebraska|Keith County|41.13|-101.72|0
Nebraska|Keya Paha County|42.82|-99.75|0
Nebraska|Kimball County|41.24|-103.66|0
Nebraska|Knox County|42.56|-97.81|15
Nebraska|Lancaster County|40.78|-96.61|18
Nebraska|Lincoln County|41.14|-100.95|16
Nebraska|Logan County|41.48|-100.51|0
Nebraska|Loup County|41.77|-99.38|0
Nebraska|Madison County|41.95|-97.49|15
Nebraska|McPherson County|41.55|-100.96|0
Nebraska|Merrick County|41.12|-98.00|0
Nebraska|Morrill County|41.71|-103.21|11
Nebraska|Nance County|41.41|-97.85|12
Nebraska|Nemaha County|40.39|-95.84|0
Nebraska|Nuckolls County|40.11|-98.07|11
Nebraska|Otoe County|40.67|-96.02|14
Nebraska|Pawnee County|40.11|-96.15|0
Nebraska|Perkins County|40.84|-101.73|0
Nebraska|Phelps County|40.44|-99.37|0
Nebraska|Pierce County|42.27|-97.66|14
Nebraska|Platte County|41.43|-97.37|0
Nebraska|Polk County|41.15|-97.57|5
Nebraska|Red Willow County|40.20|-100.63|0
Nebraska|Richardson County|40.06|-95.60|0
Nebraska|Rock County|42.59|-99.54|0
Nebraska|Saline County|40.59|-97.07|20
Nebraska|Sarpy County|41.14|-96.06|16
Nebraska|Saunders County|41.17|-96.46|17
Nebraska|Scotts Bluff County|41.87|-103.70|12
Nebraska|Seward County|40.84|-97.07|8
Nebraska|Sheridan County|42.76|-102.33|12
Nebraska|Sherman County|41.28|-98.97|0
Nebraska|Sioux County|42.69|-103.88|0
Nebraska|Stanton County|41.95|-97.22|0
Nebraska|Thayer County|40.17|-97.59|0
Nebraska|Thomas County|41.98|-100.58|0
Nebraska|Thurston County|42.11|-96.53|15
Nebraska|Valley County|41.60|-98.93|0
Nebraska|Washington County|41.50|-96.24|11
Nebraska|Wayne County|42.23|-97.02|0
Nebraska|Webster County|40.09|-98.52|0
Nebraska|Wheeler County|41.89|-98.55|0
Nebraska|York County|40.87|-97.59|0
Nevada|Carson City|39.16|-119.77|0
Nevada|Churchill County|39.47|-118.78|0
Nevada|Clark County|36.18|-114.94|118
Nevada|Douglas County|38.98|-119.78|12
Nevada|Elko County|41.02|-115.19|116
Nevada|Esmeralda County|37.71|-117.24|0
Nevada|Eureka County|39.51|-115.96|0
Nevada|Humboldt County|40.97|-117.74|0
Nevada|Lander County|40.64|-116.93|0
Nevada|Lincoln County|37.64|-114.71|51
Nevada|Lyon County|39.17|-119.33|49
Nevada|Mineral County|38.52|-118.62|0
Nevada|Nye County|37.06|-116.66|123
Nevada|Pershing County|40.18|-118.47|0
Nevada|Storey County|39.31|-119.65|0
Nevada|Washoe County|39.55|-119.86|35
Nevada|White Pine County|39.33|-114.83|10
New Hampshire|Belknap County|43.48|-71.47|22
New Hampshire|Carroll County|43.76|-71.18|33
New Hampshire|Cheshire County|42.87|-72.25|33
New Hampshire|Coos County|44.54|-71.43|40
New Hampshire|Grafton County|43.84|-71.90|54
New Hampshire|Hillsborough County|42.90|-71.68|34
New Hampshire|Merrimack County|43.29|-71.64|34
New Hampshire|Rockingham County|42.96|-71.06|31
New Hampshire|Strafford County|43.25|-70.99|26
New Hampshire|Sullivan County|43.36|-72.21|23
New Jersey|Atlantic County|39.45|-74.62|28
New Jersey|Bergen County|40.93|-74.05|20
New Jersey|Burlington County|39.99|-74.81|24
New Jersey|Camden County|39.86|-75.03|20
New Jersey|Cape May County|39.05|-74.83|34
New Jersey|Cumberland County|39.41|-75.11|20
New Jersey|Essex County|40.81|-74.24|11
New Jersey|Gloucester County|39.75|-75.15|26
New Jersey|Hudson County|40.76|-74.07|11
New Jersey|Hunterdon County|40.61|-74.92|28
New Jersey|Mercer County|40.26|-74.68|17
New Jersey|Middlesex County|40.46|-74.40|22
New Jersey|Monmouth County|40.29|-74.11|42
New Jersey|Morris County|40.87|-74.51|25
New Jersey|Ocean County|39.90|-74.22|42
New Jersey|Passaic County|40.95|-74.22|24
New Jersey|Salem County|39.63|-75.37|21
New Jersey|Somerset County|40.58|-74.58|23
New Jersey|Sussex County|41.08|-74.63|22
New Jersey|Union County|40.67|-74.32|11
New Jersey|Warren County|40.80|-75.00|29
New Mexico|Bernalillo County|35.12|-106.55|26
New Mexico|Catron County|33.71|-108.76|0
New Mexico|Chaves County|33.24|-104.41|21
New Mexico|Cibola County|35.10|-107.68|29
New Mexico|Colfax County|36.54|-104.81|52
New Mexico|Curry County|34.40|-103.19|14
New Mexico|De Baca County|34.47|-104.25|0
New Mexico|Dona Ana County|32.19|-106.71|67
New Mexico|Eddy County|32.55|-104.27|35
New Mexico|Grant County|32.76|-108.18|10
New Mexico|Guadalupe County|34.94|-104.68|0
New Mexico|Harding County|35.78|-103.96|0
New Mexico|Hidalgo County|32.35|-108.71|0
New Mexico|Lea County|32.55|-103.21|49
New Mexico|Lincoln County|33.46|-105.68|27
New Mexico|Los Alamos County|35.86|-106.26|6
New Mexico|Luna County|32.05|-107.70|26
New Mexico|McKinley County|35.49|-108.65|58
New Mexico|Mora County|35.97|-105.33|0
New Mexico|Otero County|32.96|-105.96|29
New Mexico|Quay County|35.27|-103.57|18
New Mexico|Rio Arriba County|36.36|-106.41|88
New Mexico|Roosevelt County|34.19|-103.33|0
New Mexico|San Juan County|36.76|-108.22|42
New Mexico|San Miguel County|35.58|-105.45|21
New Mexico|Sandoval County|35.37|-106.55|32
New Mexico|Santa Fe County|35.71|-106.03|74
New Mexico|Sierra County|33.14|-107.22|4
New Mexico|Socorro County|34.24|-107.20|35
New Mexico|Taos County|36.49|-105.58|25
New Mexico|Torrance County|34.87|-106.05|14
New Mexico|Union County|36.45|-103.18|0
New Mexico|Valencia County|34.75|-106.70|16
New York|Albany County|42.68|-73.81|24
New York|Allegany County|42.21|-78.04|26
New York|Bronx|40.87|-73.85|3
New York|Broome County|42.11|-75.88|38
New York|Cattaraugus County|42.22|-78.59|40
New York|Cayuga County|42.93|-76.57|28
New York|Chautauqua County|42.23|-79.34|38
New York|Chemung County|42.12|-76.84|9
New York|Chenango County|42.48|-75.58|27
New York|Clinton County|44.76|-73.50|29
New York|Columbia County|42.32|-73.71|14
New York|Cortland County|42.60|-76.18|7
New York|Delaware County|42.22|-75.07|43
New York|Dutchess County|41.72|-73.85|39
New York|Erie County|42.83|-78.77|38
New York|Essex County|44.17|-73.58|39
New York|Franklin County|44.47|-74.30|43
New York|Fulton County|43.07|-74.25|19
New York|Genesee County|43.03|-78.10|15
New York|Greene County|42.26|-73.90|14
New York|Hamilton County|43.47|-74.41|0
New York|Herkimer County|43.04|-74.95|17
New York|Jefferson County|44.03|-75.89|35
New York|Kings County|40.62|-73.95|8
New York|Lewis County|43.79|-75.49|0
New York|Livingston County|42.78|-77.78|27
New York|Madison County|43.00|-75.74|28
New York|Monroe County|43.16|-77.68|25
New York|Montgomery County|42.94|-74.39|25
New York|Nassau County|40.74|-73.62|20
New York|New York County|40.82|-73.95|5
New York|Niagara County|43.19|-78.80|26
New York|Oneida County|43.13|-75.38|40
New York|Onondaga County|43.07|-76.22|22
New York|Ontario County|42.90|-77.24|35
New York|Orange County|41.41|-74.21|41
New York|Orleans County|43.23|-78.20|16
New York|Oswego County|43.37|-76.28|27
New York|Otsego County|42.54|-75.04|36
New York|Putnam County|41.42|-73.67|24
New York|Queens County|40.71|-73.86|9
New York|Rensselaer County|42.65|-73.63|36
New York|Richmond County|40.59|-74.16|4
New York|Rockland County|41.12|-74.01|16
New York|Saratoga County|43.05|-73.76|31
New York|Schenectady County|42.82|-73.93|9
New York|Schoharie County|42.65|-74.38|10
New York|Schuyler County|42.36|-76.86|3
New York|Seneca County|42.91|-76.80|5
New York|St. Lawrence County|44.67|-75.12|47
New York|Steuben County|42.26|-77.28|43
New York|Suffolk County|40.86|-72.97|88
New York|Sullivan County|41.71|-74.66|25
New York|Tioga County|42.06|-76.31|19
New York|Tompkins County|42.48|-76.48|17
New York|Ulster County|41.86|-74.09|32
New York|Warren County|43.36|-73.68|17
New York|Washington County|43.27|-73.45|32
New York|Wayne County|43.14|-77.10|26
New York|Westchester County|41.11|-73.79|27
New York|Wyoming County|42.70|-78.18|27
New York|Yates County|42.60|-77.04|11
North Carolina|Alamance County|36.05|-79.40|22
North Carolina|Alexander County|35.87|-81.18|13
North Carolina|Alleghany County|36.51|-81.12|0
North Carolina|Anson County|35.03|-80.17|12
North Carolina|Ashe County|36.41|-81.48|2
North Carolina|Avery County|36.13|-81.90|5
North Carolina|Beaufort County|35.53|-76.89|25
North Carolina|Bertie County|36.00|-76.95|0
North Carolina|Bladen County|34.58|-78.70|10
North Carolina|Brunswick County|34.01|-78.21|37
North Carolina|Buncombe County|35.56|-82.50|18
North Carolina|Burke County|35.73|-81.58|18
North Carolina|Cabarrus County|35.37|-80.56|17
North Carolina|Caldwell County|35.83|-81.49|12
North Carolina|Camden County|36.33|-76.17|0
North Carolina|Carteret County|34.71|-76.84|26
North Carolina|Caswell County|36.40|-79.34|0
North Carolina|Catawba County|35.67|-81.19|24
North Carolina|Chatham County|35.70|-79.24|21
North Carolina|Cherokee County|35.14|-83.93|12
North Carolina|Chowan County|36.06|-76.61|0
North Carolina|Clay County|35.05|-83.82|0
North Carolina|Cleveland County|35.26|-81.49|17
North Carolina|Columbus County|34.28|-78.72|21
North Carolina|Craven County|35.07|-77.04|29
North Carolina|Cumberland County|35.07|-78.87|18
North Carolina|Currituck County|36.49|-76.10|9
North Carolina|Dare County|35.89|-75.66|70
North Carolina|Davidson County|35.84|-80.21|25
North Carolina|Davie County|35.96|-80.45|13
North Carolina|Duplin County|34.89|-77.97|19
North Carolina|Durham County|36.02|-78.86|5
North Carolina|Edgecombe County|35.86|-77.57|10
North Carolina|Forsyth County|36.14|-80.28|19
North Carolina|Franklin County|36.08|-78.41|11
North Carolina|Gaston County|35.31|-81.14|36
North Carolina|Gates County|36.40|-76.75|0
North Carolina|Graham County|35.32|-83.81|0
North Carolina|Granville County|36.19|-78.68|16
North Carolina|Greene County|35.47|-77.63|5
North Carolina|Guilford County|36.08|-79.83|26
North Carolina|Halifax County|36.33|-77.60|28
North Carolina|Harnett County|35.38|-78.72|15
North Carolina|Haywood County|35.53|-82.96|13
North Carolina|Henderson County|35.35|-82.47|13
North Carolina|Hertford County|36.37|-77.01|12
North Carolina|Hoke County|34.99|-79.15|8
North Carolina|Hyde County|35.41|-76.33|0
North Carolina|Iredell County|35.69|-80.86|13
North Carolina|Jackson County|35.34|-83.20|5
North Carolina|Johnston County|35.54|-78.33|27
North Carolina|Jones County|34.99|-77.29|11
North Carolina|Lee County|35.47|-79.12|6
North Carolina|Lenoir County|35.28|-77.68|10
North Carolina|Lincoln County|35.49|-81.08|16
North Carolina|Macon County|35.18|-83.38|0
North Carolina|Madison County|35.81|-82.62|7
North Carolina|Martin County|35.84|-77.15|9
North Carolina|McDowell County|35.67|-82.02|2
North Carolina|Mecklenburg County|35.25|-80.80|27
North Carolina|Mitchell County|35.97|-82.11|8
North Carolina|Montgomery County|35.31|-79.89|15
North Carolina|Moore County|35.24|-79.46|25
North Carolina|Nash County|35.95|-77.92|18
North Carolina|New Hanover County|34.21|-77.87|24
North Carolina|Northampton County|36.45|-77.54|13
North Carolina|Onslow County|34.72|-77.40|29
North Carolina|Orange County|35.97|-79.08|13
North Carolina|Pamlico County|35.14|-76.77|0
North Carolina|Pasquotank County|36.29|-76.25|0
North Carolina|Pender County|34.45|-77.77|21
North Carolina|Perquimans County|36.19|-76.47|0
North Carolina|Person County|36.39|-78.98|0
North Carolina|Pitt County|35.56|-77.42|28
North Carolina|Polk County|35.23|-82.22|4
North Carolina|Randolph County|35.81|-79.79|21
North Carolina|Richmond County|34.95|-79.76|15
North Carolina|Robeson County|34.67|-79.16|23
North Carolina|Rockingham County|36.42|-79.84|18
North Carolina|Rowan County|35.62|-80.51|18
North Carolina|Rutherford County|35.37|-81.99|21
North Carolina|Sampson County|35.07|-78.46|22
North Carolina|Scotland County|34.79|-79.51|5
North Carolina|Stanly County|35.28|-80.27|20
North Carolina|Stokes County|36.33|-80.24|13
North Carolina|Surry County|36.42|-80.68|25
North Carolina|Swain County|35.45|-83.38|7
North Carolina|Transylvania County|35.23|-82.73|0
North Carolina|Tyrrell County|35.92|-76.25|0
North Carolina|Union County|35.03|-80.62|24
North Carolina|Vance County|36.32|-78.40|2
North Carolina|Wake County|35.78|-78.65|31
North Carolina|Warren County|36.42|-78.18|4
North Carolina|Washington County|35.87|-76.75|0
North Carolina|Watauga County|36.17|-81.71|6
North Carolina|Wayne County|35.35|-78.01|22
North Carolina|Wilkes County|36.18|-81.17|10
North Carolina|Wilson County|35.72|-77.93|12
North Carolina|Yadkin County|36.20|-80.74|11
North Carolina|Yancey County|35.92|-82.30|0
North Dakota|Adams County|46.00|-102.64|0
North Dakota|Barnes County|46.92|-98.00|0
North Dakota|Benson County|48.03|-99.12|11
North Dakota|Billings County|46.91|-103.52|0
North Dakota|Bottineau County|48.83|-100.45|0
North Dakota|Bowman County|46.18|-103.39|0
North Dakota|Burke County|48.80|-102.25|0
North Dakota|Burleigh County|46.79|-100.74|5
North Dakota|Cass County|46.85|-96.95|21
North Dakota|Cavalier County|48.76|-98.37|0
North Dakota|Dickey County|46.07|-98.31|19
North Dakota|Divide County|48.91|-103.29|0
North Dakota|Dunn County|47.23|-102.77|0
North Dakota|Eddy County|47.68|-99.14|0
North Dakota|Emmons County|46.27|-100.23|0
North Dakota|Foster County|47.45|-99.13|0
North Dakota|Golden Valley County|46.92|-104.00|0
North Dakota|Grand Forks County|47.93|-97.35|24
North Dakota|Grant County|46.42|-101.56|0
North Dakota|Griggs County|47.44|-98.12|0
North Dakota|Hettinger County|46.37|-102.33|0
North Dakota|Kidder County|46.85|-99.92|0
North Dakota|Logan County|46.51|-99.77|0
North Dakota|McHenry County|48.20|-100.67|26
North Dakota|McIntosh County|46.15|-99.46|15
North Dakota|McKenzie County|47.80|-103.28|0
North Dakota|McLean County|47.47|-101.22|25
North Dakota|Mercer County|47.29|-101.59|17
North Dakota|Morton County|46.83|-100.89|0
North Dakota|Mountrail County|48.15|-102.44|20
North Dakota|Nelson County|48.04|-98.34|0
North Dakota|Oliver County|47.12|-101.30|0
North Dakota|Pembina County|48.79|-97.62|0
North Dakota|Pierce County|48.37|-100.00|0
North Dakota|Ramsey County|48.11|-98.87|0
North Dakota|Ransom County|46.51|-97.59|11
North Dakota|Renville County|48.76|-101.51|0
North Dakota|Richland County|46.27|-96.61|0
North Dakota|Rolette County|48.83|-99.74|10
North Dakota|Sargent County|46.11|-97.64|0
North Dakota|Sheridan County|47.49|-100.44|0
North Dakota|Sioux County|46.09|-100.63|0
North Dakota|Slope County|46.48|-103.32|0
North Dakota|Stark County|46.88|-102.79|0
North Dakota|Steele County|47.51|-97.84|0
North Dakota|Stutsman County|46.91|-98.71|0
North Dakota|Towner County|48.49|-99.21|0
North Dakota|Traill County|47.45|-97.19|12
North Dakota|Walsh County|48.41|-97.58|13
North Dakota|Ward County|48.40|-101.54|51
North Dakota|Wells County|47.71|-99.78|14
North Dakota|Williams County|48.27|-103.28|29
Ohio|Adams County|38.84|-83.55|18
Ohio|Allen County|40.78|-84.17|28
Ohio|Ashland County|40.75|-82.28|14
Ohio|Ashtabula County|41.78|-80.77|29
Ohio|Athens County|39.41|-82.14|12
Ohio|Auglaize County|40.52|-84.30|20
Ohio|Belmont County|40.03|-80.84|29
Ohio|Brown County|38.82|-83.86|24
Ohio|Butler County|39.42|-84.50|24
Ohio|Carroll County|40.64|-81.16|10
Ohio|Champaign County|40.13|-83.71|22
Ohio|Clark County|39.89|-83.88|23
Ohio|Clermont County|39.09|-84.22|19
Ohio|Clinton County|39.39|-83.79|21
Ohio|Columbiana County|40.75|-80.67|24
Ohio|Coshocton County|40.27|-81.81|5
Ohio|Crawford County|40.78|-82.83|13
Ohio|Cuyahoga County|41.44|-81.62|26
Ohio|Darke County|40.15|-84.62|19
Ohio|Defiance County|41.29|-84.56|17
Ohio|Delaware County|40.26|-82.99|17
Ohio|Erie County|41.38|-82.62|11
Ohio|Fairfield County|39.81|-82.60|22
Ohio|Fayette County|39.60|-83.50|9
Ohio|Franklin County|39.99|-82.98|22
Ohio|Fulton County|41.58|-84.16|23
Ohio|Gallia County|38.81|-82.20|0
Ohio|Geauga County|41.48|-81.24|17
Ohio|Greene County|39.72|-83.92|18
Ohio|Guernsey County|40.03|-81.60|9
Ohio|Hamilton County|39.20|-84.49|30
Ohio|Hancock County|41.02|-83.70|15
Ohio|Hardin County|40.74|-83.65|16
Ohio|Harrison County|40.27|-81.00|0
Ohio|Henry County|41.32|-84.04|18
Ohio|Highland County|39.29|-83.58|19
Ohio|Hocking County|39.54|-82.41|0
Ohio|Holmes County|40.55|-81.92|0
Ohio|Huron County|41.15|-82.61|25
Ohio|Jackson County|39.02|-82.58|15
Ohio|Jefferson County|40.33|-80.65|19
Ohio|Knox County|40.40|-82.44|25
Ohio|Lake County|41.69|-81.31|26
Ohio|Lawrence County|38.47|-82.61|10
Ohio|Licking County|40.03|-82.54|24
Ohio|Logan County|40.39|-83.83|17
Ohio|Lorain County|41.37|-82.15|24
Ohio|Lucas County|41.61|-83.63|22
Ohio|Madison County|39.89|-83.35|26
Ohio|Mahoning County|41.04|-80.71|30
Ohio|Marion County|40.52|-83.16|9
Ohio|Medina County|41.08|-81.87|18
Ohio|Meigs County|39.01|-82.04|2
Ohio|Mercer County|40.51|-84.65|20
Ohio|Miami County|40.06|-84.30|16
Ohio|Monroe County|39.76|-81.12|0
Ohio|Montgomery County|39.77|-84.26|19
Ohio|Morgan County|39.65|-81.85|0
Ohio|Morrow County|40.52|-82.86|4
Ohio|Muskingum County|39.98|-81.99|22
Ohio|Noble County|39.75|-81.52|0
Ohio|Ottawa County|41.50|-83.18|21
Ohio|Paulding County|41.13|-84.68|9
Ohio|Perry County|39.80|-82.25|19
Ohio|Pickaway County|39.66|-83.00|14
Ohio|Pike County|39.10|-83.00|4
Ohio|Portage County|41.23|-81.24|18
Ohio|Preble County|39.76|-84.63|18
Ohio|Putnam County|41.01|-84.08|18
Ohio|Richland County|40.77|-82.57|15
Ohio|Ross County|39.39|-83.03|14
Ohio|Sandusky County|41.26|-83.06|85
Ohio|Scioto County|38.75|-82.94|15
Ohio|Seneca County|41.14|-83.30|11
Ohio|Shelby County|40.39|-84.18|17
Ohio|Stark County|40.82|-81.41|28
Ohio|Summit County|41.12|-81.51|28
Ohio|Trumbull County|41.21|-80.75|21
Ohio|Tuscarawas County|40.44|-81.45|23
Ohio|Union County|40.27|-83.30|18
Ohio|Van Wert County|40.89|-84.64|6
Ohio|Vinton County|39.25|-82.48|0
Ohio|Warren County|39.44|-84.24|17
Ohio|Washington County|39.43|-81.41|31
Ohio|Wayne County|40.86|-81.86|25
Ohio|Williams County|41.55|-84.55|20
Ohio|Wood County|41.47|-83.58|33
Ohio|Wyandot County|40.89|-83.33|9
Oklahoma|Adair County|35.90|-94.60|11
Oklahoma|Alfalfa County|36.65|-98.31|13
Oklahoma|Atoka County|34.39|-96.13|0
Oklahoma|Beaver County|36.82|-100.52|0
Oklahoma|Beckham County|35.31|-99.64|25
Oklahoma|Blaine County|35.86|-98.35|29
Oklahoma|Bryan County|33.93|-96.43|11
Oklahoma|Caddo County|35.09|-98.35|43
Oklahoma|Canadian County|35.53|-97.85|25
Oklahoma|Carter County|34.19|-97.26|26
Oklahoma|Cherokee County|35.89|-94.96|4
Oklahoma|Choctaw County|34.01|-95.51|0
Oklahoma|Cimarron County|36.73|-102.51|0
Oklahoma|Cleveland County|35.17|-97.40|21
Oklahoma|Coal County|34.54|-96.22|0
Oklahoma|Comanche County|34.66|-98.39|23
Oklahoma|Cotton County|34.32|-98.27|6
Oklahoma|Craig County|36.64|-95.15|0
Oklahoma|Creek County|35.98|-96.30|29
Oklahoma|Custer County|35.59|-98.85|20
Oklahoma|Delaware County|36.51|-94.87|25
Oklahoma|Dewey County|36.04|-98.96|0
Oklahoma|Ellis County|36.21|-99.83|10
Oklahoma|Garfield County|36.34|-97.89|7
Oklahoma|Garvin County|34.77|-97.27|32
Oklahoma|Grady County|35.08|-97.91|34
Oklahoma|Grant County|36.81|-97.73|0
Oklahoma|Greer County|34.92|-99.44|8
Oklahoma|Harmon County|34.69|-99.91|0
Oklahoma|Harper County|36.77|-99.76|14
Oklahoma|Haskell County|35.25|-95.12|0
Oklahoma|Hughes County|35.16|-96.32|12
Oklahoma|Jackson County|34.64|-99.33|0
Oklahoma|Jefferson County|34.17|-97.80|19
Oklahoma|Johnston County|34.24|-96.68|0
Oklahoma|Kay County|36.77|-97.18|18
Oklahoma|Kingfisher County|35.99|-97.92|14
Oklahoma|Kiowa County|34.84|-99.02|22
Oklahoma|Latimer County|34.92|-95.31|0
Oklahoma|Le Flore County|35.09|-94.65|53
Oklahoma|Lincoln County|35.61|-96.78|20
Oklahoma|Logan County|35.93|-97.43|16
Oklahoma|Love County|33.94|-97.12|0
Oklahoma|Major County|36.27|-98.48|0
Oklahoma|Marshall County|34.06|-96.76|9
Oklahoma|Mayes County|36.25|-95.25|12
Oklahoma|McClain County|35.13|-97.52|21
Oklahoma|McCurtain County|33.96|-94.78|9
Oklahoma|McIntosh County|35.37|-95.51|12
Oklahoma|Murray County|34.51|-97.04|7
Oklahoma|Muskogee County|35.72|-95.40|28
Oklahoma|Noble County|36.29|-97.29|0
Oklahoma|Nowata County|36.70|-95.64|0
Oklahoma|Okfuskee County|35.46|-96.39|9
Oklahoma|Oklahoma County|35.53|-97.41|25
Oklahoma|Okmulgee County|35.58|-95.98|20
Oklahoma|Osage County|36.54|-96.44|56
Oklahoma|Ottawa County|36.81|-94.89|15
Oklahoma|Pawnee County|36.32|-96.63|16
Oklahoma|Payne County|36.05|-96.89|19
Oklahoma|Pittsburg County|35.01|-95.59|27
Oklahoma|Pontotoc County|34.82|-96.67|5
Oklahoma|Pottawatomie County|35.32|-97.02|15
Oklahoma|Pushmataha County|34.23|-95.62|0
Oklahoma|Roger Mills County|35.61|-99.67|0
Oklahoma|Rogers County|36.33|-95.60|28
Oklahoma|Seminole County|35.12|-96.67|20
Oklahoma|Sequoyah County|35.45|-94.72|24
Oklahoma|Stephens County|34.54|-97.96|20
Oklahoma|Texas County|36.71|-101.44|27
Oklahoma|Tillman County|34.31|-98.85|18
Oklahoma|Tulsa County|36.14|-95.95|28
Oklahoma|Wagoner County|35.96|-95.51|13
Oklahoma|Washington County|36.77|-95.96|4
Oklahoma|Washita County|35.32|-99.08|9
Oklahoma|Woods County|36.81|-98.67|0
Oklahoma|Woodward County|36.44|-99.30|9
Oregon|Baker County|44.77|-117.83|0
Oregon|Benton County|44.55|-123.31|5
Oregon|Clackamas County|45.36|-122.55|45
Oregon|Clatsop County|46.05|-123.91|19
Oregon|Columbia County|45.91|-122.95|29
Oregon|Coos County|43.30|-124.23|31
Oregon|Crook County|44.30|-120.83|0
Oregon|Curry County|42.31|-124.37|50
Oregon|Deschutes County|44.04|-121.37|43
Oregon|Douglas County|43.25|-123.37|78
Oregon|Gilliam County|45.23|-120.19|0
Oregon|Grant County|44.40|-118.95|2
Oregon|Harney County|43.58|-119.07|2
Oregon|Hood River County|45.67|-121.65|19
Oregon|Jackson County|42.37|-122.89|27
Oregon|Jefferson County|44.64|-121.20|15
Oregon|Josephine County|42.36|-123.39|31
Oregon|Klamath County|42.22|-121.76|3
Oregon|Lake County|42.19|-120.35|0
Oregon|Lane County|43.95|-123.18|76
Oregon|Lincoln County|44.75|-124.00|37
Oregon|Linn County|44.55|-122.91|41
Oregon|Malheur County|43.96|-117.07|15
Oregon|Marion County|44.96|-122.90|28
Oregon|Morrow County|45.70|-119.58|39
Oregon|Multnomah County|45.52|-122.49|15
Oregon|Polk County|44.92|-123.34|27
Oregon|Sherman County|45.48|-120.73|0
Oregon|Tillamook County|45.45|-123.91|28
Oregon|Umatilla County|45.76|-118.88|43
Oregon|Union County|45.37|-117.96|23
Oregon|Wallowa County|45.39|-117.25|5
Oregon|Wasco County|45.61|-121.21|4
Oregon|Washington County|45.49|-122.85|25
Oregon|Wheeler County|45.00|-120.22|0
Oregon|Yamhill County|45.22|-123.18|29
Pennsylvania|Adams County|39.84|-77.11|26
Pennsylvania|Allegheny County|40.44|-79.95|27
Pennsylvania|Armstrong County|40.71|-79.56|14
Pennsylvania|Beaver County|40.68|-80.31|17
Pennsylvania|Bedford County|40.01|-78.42|8
Pennsylvania|Berks County|40.36|-75.91|28
Pennsylvania|Blair County|40.47|-78.35|24
Pennsylvania|Bradford County|41.86|-76.61|31
Pennsylvania|Bucks County|40.25|-75.03|41
Pennsylvania|Butler County|40.81|-79.98|29
Pennsylvania|Cambria County|40.42|-78.80|29
Pennsylvania|Cameron County|41.51|-78.24|0
Pennsylvania|Carbon County|40.88|-75.72|23
Pennsylvania|Centre County|40.84|-77.85|32
Pennsylvania|Chester County|40.01|-75.70|35
Pennsylvania|Clarion County|41.23|-79.45|8
Pennsylvania|Clearfield County|41.02|-78.49|27
Pennsylvania|Clinton County|41.16|-77.47|30
Pennsylvania|Columbia County|41.01|-76.38|14
Pennsylvania|Crawford County|41.64|-80.16|41
Pennsylvania|Cumberland County|40.21|-77.06|43
Pennsylvania|Dauphin County|40.33|-76.79|32
Pennsylvania|Delaware County|39.90|-75.34|17
Pennsylvania|Elk County|41.45|-78.65|9
Pennsylvania|Erie County|42.03|-80.08|39
Pennsylvania|Fayette County|39.96|-79.76|32
Pennsylvania|Forest County|41.48|-79.29|14
Pennsylvania|Franklin County|39.87|-77.65|37
Pennsylvania|Fulton County|39.93|-78.00|0
Pennsylvania|Greene County|39.89|-80.10|12
Pennsylvania|Huntingdon County|40.44|-77.99|12
Pennsylvania|Indiana County|40.61|-79.12|37
Pennsylvania|Jefferson County|41.09|-78.90|21
Pennsylvania|Juniata County|40.57|-77.40|0
Pennsylvania|Lackawanna County|41.46|-75.61|18
Pennsylvania|Lancaster County|40.10|-76.25|36
Pennsylvania|Lawrence County|40.97|-80.36|18
Pennsylvania|Lebanon County|40.34|-76.42|18
Pennsylvania|Lehigh County|40.61|-75.53|17
Pennsylvania|Luzerne County|41.23|-75.90|34
Pennsylvania|Lycoming County|41.23|-76.96|26
Pennsylvania|McKean County|41.84|-78.56|29
Pennsylvania|Mercer County|41.27|-80.35|25
Pennsylvania|Mifflin County|40.64|-77.60|12
Pennsylvania|Monroe County|41.02|-75.35|18
Pennsylvania|Montgomery County|40.18|-75.34|30
Pennsylvania|Montour County|40.96|-76.60|2
Pennsylvania|Northampton County|40.73|-75.32|24
Pennsylvania|Northumberland County|40.88|-76.65|32
Pennsylvania|Perry County|40.41|-77.07|14
Pennsylvania|Philadelphia County|39.95|-75.16|0
Pennsylvania|Pike County|41.27|-74.93|22
Pennsylvania|Potter County|41.82|-77.95|28
Pennsylvania|Schuylkill County|40.72|-76.20|33
Pennsylvania|Snyder County|40.82|-76.89|14
Pennsylvania|Somerset County|40.09|-78.96|31
Pennsylvania|Sullivan County|41.42|-76.49|0
Pennsylvania|Susquehanna County|41.85|-75.67|28
Pennsylvania|Tioga County|41.83|-77.26|26
Pennsylvania|Union County|40.97|-76.92|12
Pennsylvania|Venango County|41.42|-79.75|11
Pennsylvania|Warren County|41.84|-79.16|19
Pennsylvania|Washington County|40.20|-80.07|34
Pennsylvania|Wayne County|41.54|-75.28|12
Pennsylvania|Westmoreland County|40.32|-79.60|38
Pennsylvania|Wyoming County|41.55|-75.86|7
Pennsylvania|York County|39.93|-76.73|36
Rhode Island|Bristol County|41.72|-71.29|5
Rhode Island|Kent County|41.68|-71.55|12
Rhode Island|Newport County|41.55|-71.29|11
Rhode Island|Providence County|41.89|-71.52|21
Rhode Island|Washington County|41.46|-71.63|19
South Carolina|Abbeville County|34.22|-82.49|18
South Carolina|Aiken County|33.50|-81.83|20
South Carolina|Allendale County|32.98|-81.27|5
South Carolina|Anderson County|34.56|-82.59|29
South Carolina|Bamberg County|33.31|-81.09|6
South Carolina|Barnwell County|33.29|-81.37|18
South Carolina|Beaufort County|32.36|-80.75|18
South Carolina|Berkeley County|33.12|-80.03|34
South Carolina|Calhoun County|33.72|-80.87|11
South Carolina|Charleston County|32.78|-80.01|48
South Carolina|Cherokee County|35.09|-81.60|9
South Carolina|Chester County|34.67|-81.10|22
South Carolina|Chesterfield County|34.74|-80.12|26
South Carolina|Clarendon County|33.70|-80.21|0
South Carolina|Colleton County|32.91|-80.67|0
South Carolina|Darlington County|34.36|-80.01|14
South Carolina|Dillon County|34.38|-79.40|6
South Carolina|Dorchester County|33.07|-80.31|28
South Carolina|Edgefield County|33.74|-81.89|17
South Carolina|Fairfield County|34.37|-81.09|2
South Carolina|Florence County|34.00|-79.70|31
South Carolina|Georgetown County|33.46|-79.17|16
South Carolina|Greenville County|34.86|-82.37|25
South Carolina|Greenwood County|34.26|-82.14|19
South Carolina|Hampton County|32.79|-81.07|24
South Carolina|Horry County|33.79|-78.94|38
South Carolina|Jasper County|32.38|-81.03|12
South Carolina|Kershaw County|34.21|-80.70|11
South Carolina|Lancaster County|34.67|-80.75|21
South Carolina|Laurens County|34.48|-81.92|13
South Carolina|Lee County|34.22|-80.25|0
South Carolina|Lexington County|33.97|-81.23|31
South Carolina|Marion County|34.19|-79.33|7
South Carolina|Marlboro County|34.64|-79.62|7
South Carolina|McCormick County|33.91|-82.29|0
South Carolina|Newberry County|34.33|-81.59|20
South Carolina|Oconee County|34.70|-83.01|9
South Carolina|Orangeburg County|33.43|-80.77|36
South Carolina|Pickens County|34.79|-82.71|17
South Carolina|Richland County|34.03|-80.97|29
South Carolina|Saluda County|34.00|-81.77|0
South Carolina|Spartanburg County|34.98|-82.00|28
South Carolina|Sumter County|33.92|-80.43|13
South Carolina|Union County|34.72|-81.63|5
South Carolina|Williamsburg County|33.56|-79.70|18
South Carolina|York County|34.99|-81.05|21
South Dakota|Aurora County|43.72|-98.49|0
South Dakota|Beadle County|44.36|-98.21|0
South Dakota|Bennett County|43.17|-101.73|0
South Dakota|Bon Homme County|42.92|-97.88|8
South Dakota|Brookings County|44.32|-96.86|6
South Dakota|Brown County|45.46|-98.29|16
South Dakota|Brule County|43.81|-99.33|0
South Dakota|Buffalo County|44.07|-99.44|0
South Dakota|Butte County|44.67|-103.85|0
South Dakota|Campbell County|45.73|-100.07|0
South Dakota|Charles Mix County|43.21|-98.56|31
South Dakota|Clark County|44.88|-97.73|0
South Dakota|Clay County|42.78|-96.93|0
South Dakota|Codington County|44.90|-97.12|0
South Dakota|Corson County|45.92|-101.35|0
South Dakota|Custer County|43.77|-103.60|0
South Dakota|Davison County|43.71|-98.03|0
South Dakota|Day County|45.33|-97.52|0
South Dakota|Deuel County|44.75|-96.68|0
South Dakota|Dewey County|45.15|-101.18|33
South Dakota|Douglas County|43.32|-98.35|0
South Dakota|Edmunds County|45.44|-99.03|0
South Dakota|Fall River County|43.43|-103.47|0
South Dakota|Faulk County|45.03|-99.12|0
South Dakota|Grant County|45.22|-96.64|0
South Dakota|Gregory County|43.21|-99.36|7
South Dakota|Haakon County|44.04|-101.67|0
South Dakota|Hamlin County|44.66|-97.21|0
South Dakota|Hand County|44.52|-98.99|0
South Dakota|Hanson County|43.65|-97.78|0
South Dakota|Harding County|45.58|-103.55|0
South Dakota|Hughes County|44.37|-100.35|0
South Dakota|Hutchinson County|43.33|-97.70|25
South Dakota|Hyde County|44.52|-99.44|0
South Dakota|Jackson County|43.83|-101.51|0
South Dakota|Jerauld County|44.08|-98.57|0
South Dakota|Jones County|43.89|-100.71|0
South Dakota|Kingsbury County|44.39|-97.55|0
South Dakota|Lake County|44.01|-97.11|0
South Dakota|Lawrence County|44.45|-103.83|12
South Dakota|Lincoln County|43.38|-96.75|16
South Dakota|Lyman County|43.90|-99.86|0
South Dakota|Marshall County|45.79|-97.75|0
South Dakota|McCook County|43.72|-97.39|0
South Dakota|McPherson County|45.72|-98.94|0
South Dakota|Meade County|44.25|-103.39|21
South Dakota|Mellette County|43.57|-100.75|0
South Dakota|Miner County|44.01|-97.53|0
South Dakota|Minnehaha County|43.68|-96.71|20
South Dakota|Moody County|44.05|-96.60|0
South Dakota|Pennington County|44.07|-103.19|12
South Dakota|Perkins County|45.73|-102.31|27
South Dakota|Potter County|45.01|-99.96|0
South Dakota|Roberts County|45.66|-97.05|0
South Dakota|Sanborn County|44.05|-98.28|0
South Dakota|Shannon County|43.15|-102.54|20
South Dakota|Spink County|44.88|-98.52|0
South Dakota|Stanley County|44.35|-100.37|0
South Dakota|Sully County|44.71|-100.06|0
South Dakota|Todd County|43.27|-100.76|9
South Dakota|Tripp County|43.38|-99.86|0
South Dakota|Turner County|43.40|-97.14|0
South Dakota|Union County|42.69|-96.61|46
South Dakota|Walworth County|45.52|-100.23|16
South Dakota|Yankton County|42.87|-97.40|0
South Dakota|Ziebach County|45.05|-101.60|0
Tennessee|Anderson County|36.13|-84.16|17
Tennessee|Bedford County|35.55|-86.53|10
Tennessee|Benton County|36.06|-88.10|0
Tennessee|Bledsoe County|35.61|-85.19|0
Tennessee|Blount County|35.79|-83.96|9
Tennessee|Bradley County|35.16|-84.87|9
Tennessee|Campbell County|36.38|-84.14|24
Tennessee|Cannon County|35.83|-86.07|0
Tennessee|Carroll County|36.06|-88.40|14
Tennessee|Carter County|36.31|-82.21|18
Tennessee|Cheatham County|36.22|-87.07|20
Tennessee|Chester County|35.44|-88.64|0
Tennessee|Claiborne County|36.49|-83.61|11
Tennessee|Clay County|36.55|-85.51|0
Tennessee|Cocke County|35.97|-83.19|0
Tennessee|Coffee County|35.46|-86.13|14
Tennessee|Crockett County|35.75|-89.10|5
Tennessee|Cumberland County|35.94|-84.99|12
Tennessee|Davidson County|36.16|-86.77|19
Tennessee|DeKalb County|35.96|-85.81|0
Tennessee|Decatur County|35.58|-88.08|12
Tennessee|Dickson County|36.10|-87.32|9
Tennessee|Dyer County|36.07|-89.32|8
Tennessee|Fayette County|35.19|-89.52|19
Tennessee|Fentress County|36.35|-84.96|10
Tennessee|Franklin County|35.21|-86.05|12
Tennessee|Gibson County|35.97|-88.88|22
Tennessee|Giles County|35.10|-86.94|15
Tennessee|Grainger County|36.26|-83.50|22
Tennessee|Greene County|36.18|-82.85|10
Tennessee|Grundy County|35.35|-85.69|12
Tennessee|Hamblen County|36.21|-83.29|0
Tennessee|Hamilton County|35.12|-85.21|31
Tennessee|Hancock County|36.53|-83.22|0
Tennessee|Hardeman County|35.29|-89.07|9
Tennessee|Hardin County|35.22|-88.26|6
Tennessee|Hawkins County|36.49|-82.81|20
Tennessee|Haywood County|35.59|-89.26|0
Tennessee|Henderson County|35.65|-88.39|0
Tennessee|Henry County|36.30|-88.33|0
Tennessee|Hickman County|35.85|-87.39|11
Tennessee|Houston County|36.32|-87.73|4
Tennessee|Humphreys County|36.07|-87.84|19
Tennessee|Jackson County|36.33|-85.60|7
Tennessee|Jefferson County|36.09|-83.44|14
Tennessee|Johnson County|36.47|-81.80|0
Tennessee|Knox County|35.97|-83.94|22
Tennessee|Lake County|36.32|-89.48|7
Tennessee|Lauderdale County|35.81|-89.49|12
Tennessee|Lawrence County|35.16|-87.39|11
Tennessee|Lewis County|35.55|-87.55|0
Tennessee|Lincoln County|35.10|-86.53|9
Tennessee|Loudon County|35.73|-84.25|11
Tennessee|Macon County|36.53|-85.94|8
Tennessee|Madison County|35.70|-88.84|10
Tennessee|Marion County|35.11|-85.64|23
Tennessee|Marshall County|35.48|-86.77|18
Tennessee|Maury County|35.63|-87.06|18
Tennessee|McMinn County|35.40|-84.54|9
Tennessee|McNairy County|35.20|-88.49|10
Tennessee|Meigs County|35.51|-84.79|0
Tennessee|Monroe County|35.57|-84.36|11
Tennessee|Montgomery County|36.53|-87.36|0
Tennessee|Moore County|35.28|-86.37|0
Tennessee|Morgan County|36.07|-84.51|9
Tennessee|Obion County|36.35|-89.08|25
Tennessee|Overton County|36.38|-85.32|0
Tennessee|Perry County|35.62|-87.84|0
Tennessee|Pickett County|36.57|-85.13|0
Tennessee|Polk County|35.17|-84.65|0
Tennessee|Putnam County|36.17|-85.52|23
Tennessee|Rhea County|35.54|-84.99|20
Tennessee|Roane County|35.92|-84.53|22
Tennessee|Robertson County|36.46|-86.83|16
Tennessee|Rutherford County|35.89|-86.46|24
Tennessee|Scott County|36.45|-84.50|6
Tennessee|Sequatchie County|35.29|-85.38|10
Tennessee|Sevier County|35.82|-83.59|15
Tennessee|Shelby County|35.18|-89.84|23
Tennessee|Smith County|36.22|-85.94|6
Tennessee|Stewart County|36.49|-87.84|0
Tennessee|Sullivan County|36.55|-82.34|20
Tennessee|Sumner County|36.44|-86.54|30
Tennessee|Tipton County|35.47|-89.70|17
Tennessee|Trousdale County|36.39|-86.17|0
Tennessee|Unicoi County|36.16|-82.40|7
Tennessee|Union County|36.21|-83.78|5
Tennessee|Van Buren County|35.75|-85.47|0
Tennessee|Warren County|35.68|-85.77|0
Tennessee|Washington County|36.37|-82.46|16
Tennessee|Wayne County|35.35|-87.88|12
Tennessee|Weakley County|36.25|-88.74|15
Tennessee|White County|35.93|-85.46|0
Tennessee|Williamson County|35.95|-86.86|25
Tennessee|Wilson County|36.17|-86.39|25
Texas|Anderson County|31.81|-95.57|28
Texas|Andrews County|32.32|-102.55|0
Texas|Angelina County|31.31|-94.72|15
Texas|Aransas County|28.04|-97.05|3
Texas|Archer County|33.71|-98.66|13
Texas|Armstrong County|35.11|-101.36|0
Texas|Atascosa County|29.00|-98.62|31
Texas|Austin County|29.79|-96.16|21
Texas|Bailey County|34.23|-102.72|0
Texas|Bandera County|29.71|-99.09|19
Texas|Bastrop County|30.16|-97.32|23
Texas|Baylor County|33.59|-99.26|0
Texas|Bee County|28.40|-97.75|0
Texas|Bell County|31.05|-97.48|30
Texas|Bexar County|29.50|-98.48|36
Texas|Blanco County|30.19|-98.42|10
Texas|Borden County|32.77|-101.45|0
Texas|Bosque County|31.81|-97.52|19
Texas|Bowie County|33.43|-94.26|34
Texas|Brazoria County|29.20|-95.44|45
Texas|Brazos County|30.65|-96.35|4
Texas|Brewster County|30.36|-103.66|0
Texas|Briscoe County|34.47|-101.30|0
Texas|Brooks County|27.23|-98.14|0
Texas|Brown County|31.75|-99.02|12
Texas|Burleson County|30.44|-96.61|13
Texas|Burnet County|30.63|-98.26|24
Texas|Caldwell County|29.84|-97.74|20
Texas|Calhoun County|28.49|-96.58|18
Texas|Callahan County|32.40|-99.44|5
Texas|Cameron County|26.09|-97.55|39
Texas|Camp County|33.00|-94.97|0
Texas|Carson County|35.35|-101.38|0
Texas|Cass County|33.07|-94.33|30
Texas|Castro County|34.47|-102.21|13
Texas|Chambers County|29.79|-94.68|29
Texas|Cherokee County|31.85|-95.15|24
Texas|Childress County|34.43|-100.20|0
Texas|Clay County|33.82|-98.20|0
Texas|Cochran County|33.73|-102.76|0
Texas|Coke County|31.89|-100.48|0
Texas|Coleman County|31.75|-99.33|13
Texas|Collin County|33.14|-96.60|27
Texas|Collingsworth County|34.86|-100.21|0
Texas|Colorado County|29.67|-96.55|23
Texas|Comal County|29.74|-98.29|17
Texas|Comanche County|32.00|-98.57|13
Texas|Concho County|31.36|-99.88|17
Texas|Cooke County|33.62|-97.19|18
Texas|Coryell County|31.36|-97.81|28
Texas|Cottle County|34.01|-100.30|0
Texas|Crane County|31.40|-102.35|0
Texas|Crockett County|30.71|-101.20|0
Texas|Crosby County|33.67|-101.39|14
Texas|Culberson County|31.04|-104.83|0
Texas|Dallam County|36.06|-102.51|0
Texas|Dallas County|32.77|-96.78|30
Texas|Dawson County|32.74|-101.95|0
Texas|DeWitt County|29.12|-97.31|25
Texas|Deaf Smith County|34.82|-102.40|0
Texas|Delta County|33.37|-95.69|0
Texas|Denton County|33.15|-97.09|30
Texas|Dickens County|33.55|-100.85|9
Texas|Dimmit County|28.47|-99.79|9
Texas|Donley County|34.94|-100.89|0
Texas|Duval County|27.75|-98.42|25
Texas|Eastland County|32.37|-98.79|21
Texas|Ector County|31.90|-102.42|14
Texas|Edwards County|30.02|-100.21|0
Texas|El Paso County|31.74|-106.33|41
Texas|Ellis County|32.40|-96.82|28
Texas|Erath County|32.15|-98.27|11
Texas|Falls County|31.19|-96.94|14
Texas|Fannin County|33.51|-96.11|21
Texas|Fayette County|29.76|-96.96|19
Texas|Fisher County|32.83|-100.32|20
Texas|Floyd County|34.05|-101.39|10
Texas|Foard County|33.98|-99.72|0
Texas|Fort Bend County|29.60|-95.68|27
Texas|Franklin County|33.19|-95.22|0
Texas|Freestone County|31.71|-96.30|18
Texas|Frio County|28.78|-99.13|14
Texas|Gaines County|32.83|-102.60|14
Texas|Galveston County|29.44|-94.97|39
Texas|Garza County|33.19|-101.38|0
Texas|Gillespie County|30.29|-99.06|18
Texas|Glasscock County|31.86|-101.48|0
Texas|Goliad County|28.67|-97.39|0
Texas|Gonzales County|29.49|-97.51|36
Texas|Gray County|35.54|-100.96|0
Texas|Grayson County|33.62|-96.64|31
Texas|Gregg County|32.48|-94.87|13
Texas|Grimes County|30.44|-96.04|8
Texas|Guadalupe County|29.62|-98.09|27
Texas|Hale County|34.08|-101.71|26
Texas|Hall County|34.72|-100.53|0
Texas|Hamilton County|31.84|-98.08|17
Texas|Hansford County|36.23|-101.30|11
Texas|Hardeman County|34.30|-99.74|0
Texas|Hardin County|30.30|-94.31|28
Texas|Harris County|29.78|-95.30|51
Texas|Harrison County|32.51|-94.33|26
Texas|Hartley County|35.68|-102.33|0
Texas|Haskell County|33.16|-99.73|0
Texas|Hays County|30.03|-97.99|21
Texas|Hemphill County|35.91|-100.38|0
Texas|Henderson County|32.27|-95.93|43
Texas|Hidalgo County|26.23|-98.16|41
Texas|Hill County|31.99|-97.10|33
Texas|Hockley County|33.62|-102.34|28
Texas|Hood County|32.43|-97.75|11
Texas|Hopkins County|33.14|-95.60|0
Texas|Houston County|31.36|-95.46|18
Texas|Howard County|32.25|-101.48|0
Texas|Hudspeth County|31.24|-105.60|25
Texas|Hunt County|33.10|-96.08|30
Texas|Hutchinson County|35.71|-101.48|14
Texas|Irion County|31.26|-100.82|0
Texas|Jack County|33.22|-98.16|0
Texas|Jackson County|29.01|-96.58|8
Texas|Jasper County|30.69|-93.99|43
Texas|Jeff Davis County|30.59|-103.89|0
Texas|Jefferson County|30.00|-94.09|25
Texas|Jim Hogg County|27.31|-98.68|0
Texas|Jim Wells County|27.70|-98.06|39
Texas|Johnson County|32.41|-97.30|22
Texas|Jones County|32.85|-99.85|12
Texas|Karnes County|28.86|-97.82|11
Texas|Kaufman County|32.60|-96.34|35
Texas|Kendall County|29.88|-98.82|13
Texas|Kenedy County|27.22|-97.79|0
Texas|Kent County|33.25|-100.57|0
Texas|Kerr County|30.06|-99.19|6
Texas|Kimble County|30.49|-99.77|0
Texas|King County|33.62|-100.32|0
Texas|Kinney County|29.31|-100.42|1
Texas|Kleberg County|27.47|-97.85|6
Texas|Knox County|33.48|-99.74|12
Texas|La Salle County|28.48|-99.23|5
Texas|Lamar County|33.72|-95.46|12
Texas|Lamb County|34.11|-102.29|22
Texas|Lampasas County|31.07|-98.09|9
Texas|Lavaca County|29.44|-97.06|12
Texas|Lee County|30.30|-96.97|14
Texas|Leon County|31.29|-96.10|26
Texas|Liberty County|30.12|-94.88|32
Texas|Limestone County|31.57|-96.48|13
Texas|Lipscomb County|36.45|-100.54|0
Texas|Live Oak County|28.40|-98.15|8
Texas|Llano County|30.68|-98.47|22
Texas|Loving County|31.71|-103.60|0
Texas|Lubbock County|33.61|-101.82|26
Texas|Lynn County|33.17|-101.79|0
Texas|Madison County|30.95|-95.91|0
Texas|Marion County|32.76|-94.35|0
Texas|Martin County|32.13|-101.79|0
Texas|Mason County|30.75|-99.23|0
Texas|Matagorda County|28.92|-96.04|30
Texas|Maverick County|28.69|-100.47|10
Texas|McCulloch County|31.14|-99.34|0
Texas|McLennan County|31.52|-97.15|32
Texas|McMullen County|28.46|-98.55|0
Texas|Medina County|29.27|-98.92|24
Texas|Menard County|30.92|-99.79|0
Texas|Midland County|32.00|-102.08|0
Texas|Milam County|30.71|-97.06|19
Texas|Mills County|31.45|-98.57|0
Texas|Mitchell County|32.39|-100.86|0
Texas|Montague County|33.68|-97.70|19
Texas|Montgomery County|30.23|-95.40|34
Texas|Moore County|35.98|-101.93|14
Texas|Morris County|33.09|-94.71|17
Texas|Motley County|34.01|-100.82|0
Texas|Nacogdoches County|31.60|-94.66|0
Texas|Navarro County|32.11|-96.35|12
Texas|Newton County|30.57|-93.75|31
Texas|Nolan County|32.46|-100.47|7
Texas|Nueces County|27.75|-97.48|43
Texas|Ochiltree County|36.40|-100.80|0
Texas|Oldham County|35.24|-102.43|0
Texas|Orange County|30.11|-93.83|18
Texas|Palo Pinto County|32.79|-98.21|9
Texas|Panola County|32.16|-94.34|0
Texas|Parker County|32.80|-97.67|19
Texas|Parmer County|34.51|-102.88|21
Texas|Pecos County|30.90|-102.39|47
Texas|Polk County|30.80|-94.97|26
Texas|Potter County|35.21|-101.95|11
Texas|Presidio County|29.94|-104.20|45
Texas|Rains County|32.87|-95.77|0
Texas|Randall County|34.98|-101.92|0
Texas|Reagan County|31.19|-101.46|0
Texas|Real County|29.73|-99.76|0
Texas|Red River County|33.54|-95.13|11
Texas|Reeves County|31.42|-103.49|0
Texas|Refugio County|28.27|-97.30|5
Texas|Roberts County|35.69|-100.64|0
Texas|Robertson County|30.96|-96.58|12
Texas|Rockwall County|32.91|-96.41|11
Texas|Runnels County|31.85|-99.95|13
Texas|Rusk County|32.25|-94.76|25
Texas|Sabine County|31.39|-93.85|6
Texas|San Augustine County|31.53|-94.11|0
Texas|San Jacinto County|30.55|-95.06|9
Texas|San Patricio County|27.96|-97.41|44
Texas|San Saba County|31.20|-98.72|0
Texas|Schleicher County|30.86|-100.60|0
Texas|Scurry County|32.72|-100.92|0
Texas|Shackelford County|32.72|-99.30|0
Texas|Shelby County|31.88|-94.27|13
Texas|Sherman County|36.34|-102.07|0
Texas|Smith County|32.31|-95.31|26
Texas|Somervell County|32.23|-97.76|0
Texas|Starr County|26.37|-98.84|23
Texas|Stephens County|32.76|-98.90|0
Texas|Sterling County|31.84|-100.98|0
Texas|Stonewall County|33.13|-100.23|0
Texas|Sutton County|30.57|-100.64|0
Texas|Swisher County|34.54|-101.76|0
Texas|Tarrant County|32.79|-97.30|30
Texas|Taylor County|32.43|-99.82|19
Texas|Terrell County|30.14|-102.39|0
Texas|Terry County|33.18|-102.27|0
Texas|Throckmorton County|33.18|-99.18|0
Texas|Titus County|33.16|-94.97|0
Texas|Tom Green County|31.52|-100.49|9
Texas|Travis County|30.32|-97.81|29
Texas|Trinity County|31.00|-95.25|14
Texas|Tyler County|30.78|-94.42|0
Texas|Upshur County|32.70|-94.92|22
Texas|Upton County|31.18|-102.08|15
Texas|Uvalde County|29.23|-99.69|25
Texas|Val Verde County|29.37|-100.86|8
Texas|Van Zandt County|32.63|-95.82|21
Texas|Victoria County|28.79|-96.89|17
Texas|Walker County|30.63|-95.52|11
Texas|Waller County|30.01|-95.99|25
Texas|Ward County|31.59|-102.89|0
Texas|Washington County|30.17|-96.40|0
Texas|Webb County|27.53|-99.47|43
Texas|Wharton County|29.33|-96.10|23
Texas|Wheeler County|35.33|-100.26|13
Texas|Wichita County|34.00|-98.66|24
Texas|Wilbarger County|34.16|-99.27|0
Texas|Willacy County|26.43|-97.82|11
Texas|Williamson County|30.60|-97.67|32
Texas|Wilson County|29.20|-98.08|18
Texas|Winkler County|31.86|-103.09|0
Texas|Wise County|33.13|-97.61|27
Texas|Wood County|32.77|-95.41|29
Texas|Yoakum County|33.08|-102.83|13
Texas|Young County|33.24|-98.67|17
Texas|Zapata County|26.89|-99.26|4
Texas|Zavala County|28.86|-99.77|21
Utah|Beaver County|38.34|-112.83|18
Utah|Box Elder County|41.57|-112.08|23
Utah|Cache County|41.76|-111.85|25
Utah|Carbon County|39.61|-110.75|30
Utah|Daggett County|40.99|-109.72|0
Utah|Davis County|41.02|-111.96|20
Utah|Duchesne County|40.23|-110.20|20
Utah|Emery County|39.21|-111.04|16
Utah|Garfield County|37.82|-112.44|0
Utah|Grand County|38.57|-109.55|0
Utah|Iron County|37.76|-112.97|16
Utah|Juab County|39.76|-111.85|6
Utah|Kane County|37.05|-112.53|0
Utah|Millard County|39.16|-112.45|24
Utah|Morgan County|41.09|-111.73|8
Utah|Piute County|38.24|-112.22|0
Utah|Rich County|41.67|-111.18|0
Utah|Salt Lake County|40.63|-111.90|20
Utah|San Juan County|37.75|-109.41|15
Utah|Sanpete County|39.40|-111.62|36
Utah|Sevier County|38.82|-112.00|24
Utah|Summit County|40.71|-111.42|24
Utah|Tooele County|40.62|-112.68|116
Utah|Uintah County|40.45|-109.54|5
Utah|Utah County|40.21|-111.75|28
Utah|Wasatch County|40.51|-111.44|3
Utah|Washington County|37.19|-113.44|49
Utah|Wayne County|38.40|-111.64|0
Utah|Weber County|41.24|-111.99|17
Vermont|Addison County|44.11|-73.17|10
Vermont|Bennington County|43.02|-73.16|20
Vermont|Caledonia County|44.48|-72.08|23
Vermont|Chittenden County|44.49|-73.12|18
Vermont|Essex County|44.57|-71.56|0
Vermont|Franklin County|44.91|-72.92|23
Vermont|Grand Isle County|44.82|-73.29|0
Vermont|Lamoille County|44.59|-72.63|7
Vermont|Orange County|44.01|-72.55|14
Vermont|Orleans County|44.94|-72.21|0
Vermont|Rutland County|43.62|-73.13|21
Vermont|Washington County|44.22|-72.60|18
Vermont|Windham County|42.99|-72.59|24
Vermont|Windsor County|43.50|-72.43|30
Virginia|Accomack County|37.86|-75.54|25
Virginia|Albemarle County|38.09|-78.57|12
Virginia|Alleghany County|37.82|-79.82|0
Virginia|Amelia County|37.34|-77.98|0
Virginia|Amherst County|37.51|-79.09|10
Virginia|Appomattox County|37.36|-78.83|0
Virginia|Arlington County|38.88|-77.10|0
Virginia|Augusta County|38.13|-78.96|19
Virginia|Bath County|38.05|-79.79|0
Virginia|Bedford County|37.36|-79.29|0
Virginia|Bland County|37.10|-81.12|0
Virginia|Botetourt County|37.42|-79.84|19
Virginia|Brunswick County|36.76|-77.85|0
Virginia|Buchanan County|37.28|-82.10|0
Virginia|Buckingham County|37.55|-78.56|0
Virginia|Campbell County|37.22|-79.11|25
Virginia|Caroline County|38.05|-77.35|0
Virginia|Carroll County|36.69|-80.74|14
Virginia|Charles City County|37.34|-77.07|0
Virginia|Charlotte County|37.06|-78.64|0
Virginia|Chesterfield County|37.38|-77.50|18
Virginia|City of Alexandria|38.80|-77.05|0
Virginia|City of Bedford|37.33|-79.52|0
Virginia|City of Bristol|36.60|-82.19|0
Virginia|City of Buena Vista|37.73|-79.35|0
Virginia|City of Charlottesville|38.03|-78.48|0
Virginia|City of Chesapeake|36.82|-76.27|0
Virginia|City of Colonial Heights|37.27|-77.41|0
Virginia|City of Covington|37.78|-79.99|2
Virginia|City of Danville|36.59|-79.40|0
Virginia|City of Emporia|36.69|-77.54|0
Virginia|City of Fairfax|38.85|-77.31|0
Virginia|City of Falls Church|38.88|-77.17|0
Virginia|City of Franklin|36.68|-76.92|0
Virginia|City of Fredericksburg|38.30|-77.46|0
Virginia|City of Galax|36.66|-80.92|0
Virginia|City of Hampton|37.03|-76.34|1
Virginia|City of Harrisonburg|38.45|-78.87|0
Virginia|City of Hopewell|37.30|-77.29|0
Virginia|City of Lexington|37.78|-79.44|0
Virginia|City of Lynchburg|37.41|-79.16|2
Virginia|City of Manassas|38.75|-77.48|0
Virginia|City of Manassas Park|38.78|-77.47|0
Virginia|City of Martinsville|36.69|-79.87|0
Virginia|City of Newport News|36.98|-76.43|0
Virginia|City of Norfolk|36.85|-76.29|0
Virginia|City of Norton|36.93|-82.63|0
Virginia|City of Petersburg|37.23|-77.40|0
Virginia|City of Poquoson|37.12|-76.35|0
Virginia|City of Portsmouth|36.83|-76.33|4
Virginia|City of Radford|37.13|-80.58|0
Virginia|City of Richmond|37.55|-77.46|0
Virginia|City of Roanoke|37.27|-79.94|1
Virginia|City of Salem|37.29|-80.05|0
Virginia|City of Staunton|38.15|-79.07|0
Virginia|City of Suffolk|36.72|-76.59|1
Virginia|City of Virginia Beach|36.85|-75.98|0
Virginia|City of Waynesboro|38.07|-78.89|0
Virginia|City of Williamsburg|37.27|-76.71|0
Virginia|City of Winchester|39.19|-78.16|0
Virginia|Clarke County|39.15|-77.98|0
Virginia|Craig County|37.50|-80.11|0
Virginia|Culpeper County|38.46|-78.04|4
Virginia|Cumberland County|37.50|-78.25|0
Virginia|Dickenson County|37.15|-82.46|0
Virginia|Dinwiddie County|37.08|-77.59|0
Virginia|Essex County|37.93|-76.86|0
Virginia|Fairfax County|38.84|-77.22|21
Virginia|Fauquier County|38.73|-77.79|18
Virginia|Floyd County|36.91|-80.32|0
Virginia|Fluvanna County|37.85|-78.29|11
Virginia|Franklin County|37.00|-79.82|19
Virginia|Frederick County|39.10|-78.28|12
Virginia|Giles County|37.33|-80.73|8
Virginia|Gloucester County|37.33|-76.51|9
Virginia|Goochland County|37.68|-77.89|0
Virginia|Grayson County|36.62|-81.15|0
Virginia|Greene County|38.27|-78.40|5
Virginia|Halifax County|36.74|-78.94|6
Virginia|Hanover County|37.71|-77.41|12
Virginia|Henrico County|37.60|-77.46|18
Virginia|Henry County|36.70|-79.94|13
Virginia|Highland County|38.41|-79.58|0
Virginia|Isle of Wight County|36.94|-76.66|17
Virginia|James City County|37.27|-76.74|0
Virginia|King George County|38.30|-77.18|13
Virginia|King William County|37.65|-76.98|22
Virginia|King and Queen County|37.67|-76.88|0
Virginia|Lancaster County|37.74|-76.42|6
Virginia|Lee County|36.74|-83.03|10
Virginia|Loudoun County|39.05|-77.49|28
Virginia|Louisa County|38.03|-78.00|0
Virginia|Lunenburg County|36.97|-78.21|8
Virginia|Madison County|38.40|-78.23|4
Virginia|Mathews County|37.44|-76.32|0
Virginia|Mecklenburg County|36.68|-78.33|21
Virginia|Middlesex County|37.58|-76.47|12
Virginia|Montgomery County|37.19|-80.40|13
Virginia|Nelson County|37.83|-78.87|8
Virginia|New Kent County|37.52|-76.98|0
Virginia|Northampton County|37.38|-75.93|19
Virginia|Northumberland County|37.92|-76.47|0
Virginia|Nottoway County|37.13|-78.06|8
Virginia|Orange County|38.19|-78.15|7
Virginia|Page County|38.58|-78.53|14
Virginia|Patrick County|36.64|-80.23|4
Virginia|Pittsylvania County|36.92|-79.36|28
Virginia|Powhatan County|37.54|-77.92|0
Virginia|Prince Edward County|37.27|-78.43|5
Virginia|Prince George County|37.23|-77.31|3
Virginia|Prince William County|38.70|-77.43|30
Virginia|Pulaski County|37.10|-80.68|11
Virginia|Rappahannock County|38.71|-78.16|0
Virginia|Richmond County|37.96|-76.76|0
Virginia|Roanoke County|37.26|-79.95|9
Virginia|Rockbridge County|37.71|-79.44|9
Virginia|Rockingham County|38.44|-78.81|23
Virginia|Russell County|36.94|-82.11|16
Virginia|Scott County|36.63|-82.57|2
Virginia|Shenandoah County|38.82|-78.59|28
Virginia|Smyth County|36.83|-81.59|16
Virginia|Southampton County|36.72|-77.07|0
Virginia|Spotsylvania County|38.20|-77.59|1
Virginia|Stafford County|38.40|-77.42|10
Virginia|Surry County|37.14|-76.84|0
Virginia|Sussex County|36.98|-77.19|11
Virginia|Tazewell County|37.13|-81.62|35
Virginia|Warren County|38.94|-78.12|7
Virginia|Washington County|36.76|-81.86|12
Virginia|Westmoreland County|38.17|-76.90|11
Virginia|Wise County|36.97|-82.63|18
Virginia|Wythe County|36.92|-81.18|10
Virginia|York County|37.24|-76.51|0
Washington|Adams County|46.98|-118.78|35
Washington|Asotin County|46.39|-117.06|6
Washington|Benton County|46.22|-119.31|36
Washington|Chelan County|47.61|-120.30|34
Washington|Clallam County|48.06|-123.57|62
Washington|Clark County|45.72|-122.56|23
Washington|Columbia County|46.32|-117.97|0
Washington|Cowlitz County|46.13|-122.90|28
Washington|Douglas County|47.62|-120.08|53
Washington|Ferry County|48.65|-118.74|0
Washington|Franklin County|46.44|-119.07|31
Washington|Garfield County|46.47|-117.60|0
Washington|Grant County|47.07|-119.53|53
Washington|Grays Harbor County|46.98|-123.75|38
Washington|Island County|48.18|-122.58|21
Washington|Jefferson County|48.03|-122.74|12
Washington|King County|47.52|-122.15|37
Washington|Kitsap County|47.63|-122.63|33
Washington|Kittitas County|47.06|-120.63|28
Washington|Klickitat County|45.72|-121.16|29
Washington|Lewis County|46.62|-122.84|44
Washington|Lincoln County|47.65|-118.15|0
Washington|Mason County|47.35|-122.92|21
Washington|Okanogan County|48.41|-119.46|62
Washington|Pacific County|46.55|-123.91|25
Washington|Pend Oreille County|48.18|-117.04|0
Washington|Pierce County|47.20|-122.44|40
Washington|San Juan County|48.53|-123.02|0
Washington|Skagit County|48.46|-122.33|22
Washington|Skamania County|45.71|-121.85|4
Washington|Snohomish County|47.96|-122.15|53
Washington|Spokane County|47.69|-117.37|31
Washington|Stevens County|48.48|-117.89|26
Washington|Thurston County|46.94|-122.83|25
Washington|Wahkiakum County|46.20|-123.38|0
Washington|Walla Walla County|46.11|-118.43|46
Washington|Whatcom County|48.88|-122.50|44
Washington|Whitman County|46.81|-117.27|11
Washington|Yakima County|46.49|-120.38|45
West Virginia|Barbour County|39.09|-79.99|9
West Virginia|Berkeley County|39.41|-78.00|7
West Virginia|Boone County|38.07|-81.82|0
West Virginia|Braxton County|38.66|-80.71|0
West Virginia|Brooke County|40.28|-80.58|9
West Virginia|Cabell County|38.43|-82.26|18
West Virginia|Calhoun County|38.92|-81.10|0
West Virginia|Clay County|38.46|-81.09|0
West Virginia|Doddridge County|39.30|-80.78|0
West Virginia|Fayette County|38.01|-81.13|14
West Virginia|Gilmer County|38.93|-80.84|0
West Virginia|Grant County|38.99|-79.12|0
West Virginia|Greenbrier County|37.80|-80.51|29
West Virginia|Hampshire County|39.34|-78.76|0
West Virginia|Hancock County|40.51|-80.58|13
West Virginia|Hardy County|39.06|-78.97|0
West Virginia|Harrison County|39.31|-80.33|20
West Virginia|Jackson County|38.88|-81.74|8
West Virginia|Jefferson County|39.31|-77.82|14
West Virginia|Kanawha County|38.35|-81.62|32
West Virginia|Lewis County|39.04|-80.47|0
West Virginia|Lincoln County|38.28|-82.10|0
West Virginia|Logan County|37.85|-81.97|18
West Virginia|Marion County|39.49|-80.20|14
West Virginia|Marshall County|39.97|-80.74|6
West Virginia|Mason County|38.92|-82.06|11
West Virginia|McDowell County|37.43|-81.58|0
West Virginia|Mercer County|37.33|-81.17|18
West Virginia|Mineral County|39.52|-78.84|15
West Virginia|Mingo County|37.63|-82.09|18
West Virginia|Monongalia County|39.64|-79.93|8
West Virginia|Monroe County|37.59|-80.54|0
West Virginia|Morgan County|39.62|-78.22|0
West Virginia|Nicholas County|38.28|-80.68|16
West Virginia|Ohio County|40.09|-80.67|11
West Virginia|Pendleton County|38.64|-79.33|0
West Virginia|Pleasants County|39.39|-81.21|0
West Virginia|Pocahontas County|38.22|-80.09|0
West Virginia|Preston County|39.46|-79.61|7
West Virginia|Putnam County|38.51|-81.95|12
West Virginia|Raleigh County|37.76|-81.18|12
West Virginia|Randolph County|38.93|-79.85|0
West Virginia|Ritchie County|39.25|-81.01|6
West Virginia|Roane County|38.80|-81.35|0
West Virginia|Summers County|37.67|-80.89|0
West Virginia|Taylor County|39.34|-80.02|0
West Virginia|Tucker County|39.10|-79.68|0
West Virginia|Tyler County|39.55|-80.95|8
West Virginia|Upshur County|38.99|-80.23|0
West Virginia|Wayne County|38.33|-82.51|14
West Virginia|Webster County|38.48|-80.41|0
West Virginia|Wetzel County|39.64|-80.86|0
West Virginia|Wirt County|39.06|-81.40|0
West Virginia|Wood County|39.29|-81.57|17
West Virginia|Wyoming County|37.62|-81.51|13
Wisconsin|Adams County|43.96|-89.82|1
Wisconsin|Ashland County|46.59|-90.88|0
Wisconsin|Barron County|45.43|-91.86|23
Wisconsin|Bayfield County|46.67|-90.89|0
Wisconsin|Brown County|44.49|-88.06|26
Wisconsin|Buffalo County|44.37|-91.82|25
Wisconsin|Burnett County|45.78|-92.53|12
Wisconsin|Calumet County|44.09|-88.15|17
Wisconsin|Chippewa County|44.99|-91.27|27
Wisconsin|Clark County|44.81|-90.52|29
Wisconsin|Columbia County|43.45|-89.33|41
Wisconsin|Crawford County|43.05|-91.14|0
Wisconsin|Dane County|43.08|-89.42|33
Wisconsin|Dodge County|43.48|-88.64|24
Wisconsin|Door County|44.83|-87.38|0
Wisconsin|Douglas County|46.62|-91.90|20
Wisconsin|Dunn County|44.98|-91.88|15
Wisconsin|Eau Claire County|44.78|-91.35|22
Wisconsin|Florence County|45.92|-88.25|0
Wisconsin|Fond du Lac County|43.75|-88.54|27
Wisconsin|Forest County|45.57|-88.90|0
Wisconsin|Grant County|42.83|-90.56|41
Wisconsin|Green County|42.72|-89.51|19
Wisconsin|Green Lake County|43.84|-89.00|16
Wisconsin|Iowa County|42.95|-90.07|17
Wisconsin|Iron County|46.45|-90.19|0
Wisconsin|Jackson County|44.29|-90.85|0
Wisconsin|Jefferson County|43.04|-88.83|27
Wisconsin|Juneau County|43.81|-90.17|11
Wisconsin|Kenosha County|42.56|-88.08|22
Wisconsin|Kewaunee County|44.54|-87.55|13
Wisconsin|La Crosse County|43.89|-91.20|17
Wisconsin|Lafayette County|42.63|-90.17|8
Wisconsin|Langlade County|45.14|-89.15|0
Wisconsin|Lincoln County|45.33|-89.71|17
Wisconsin|Manitowoc County|44.08|-87.77|29
Wisconsin|Marathon County|44.88|-89.79|43
Wisconsin|Marinette County|45.31|-87.79|54
Wisconsin|Marquette County|43.84|-89.41|9
Wisconsin|Menominee County|44.89|-88.59|4
Wisconsin|Milwaukee County|43.03|-87.94|18
Wisconsin|Monroe County|43.89|-90.70|19
Wisconsin|Oconto County|44.88|-88.10|19
Wisconsin|Oneida County|45.64|-89.41|0
Wisconsin|Outagamie County|44.34|-88.38|21
Wisconsin|Ozaukee County|43.37|-87.95|17
Wisconsin|Pepin County|44.63|-91.97|0
Wisconsin|Pierce County|44.80|-92.54|25
Wisconsin|Polk County|45.43|-92.48|27
Wisconsin|Portage County|44.48|-89.49|17
Wisconsin|Price County|45.82|-90.42|14
Wisconsin|Racine County|42.74|-88.07|26
Wisconsin|Richland County|43.33|-90.39|0
Wisconsin|Rock County|42.68|-89.07|22
Wisconsin|Rusk County|45.46|-91.10|0
Wisconsin|Saint Croix County|45.02|-92.51|27
Wisconsin|Sauk County|43.40|-89.83|32
Wisconsin|Sawyer County|45.99|-91.43|6
Wisconsin|Shawano County|44.78|-88.74|35
Wisconsin|Sheboygan County|43.69|-87.84|19
Wisconsin|Taylor County|45.14|-90.34|0
Wisconsin|Trempealeau County|44.31|-91.36|35
Wisconsin|Vernon County|43.62|-90.70|29
Wisconsin|Vilas County|45.94|-89.57|26
Wisconsin|Walworth County|42.62|-88.54|29
Wisconsin|Washburn County|45.78|-91.91|5
Wisconsin|Washington County|43.35|-88.20|19
Wisconsin|Waukesha County|43.04|-88.28|24
Wisconsin|Waupaca County|44.46|-88.95|25
Wisconsin|Waushara County|44.06|-89.20|9
Wisconsin|Winnebago County|44.11|-88.58|16
Wisconsin|Wood County|44.42|-89.90|36
Wyoming|Albany County|41.31|-105.59|0
Wyoming|Big Horn County|44.57|-108.16|35
Wyoming|Campbell County|44.13|-105.47|43
Wyoming|Carbon County|41.62|-107.02|26
Wyoming|Converse County|42.81|-105.63|21
Wyoming|Crook County|44.33|-104.66|25
Wyoming|Fremont County|42.97|-108.65|23
Wyoming|Goshen County|42.06|-104.18|0
Wyoming|Hot Springs County|43.65|-108.21|0
Wyoming|Johnson County|44.35|-106.70|0
Wyoming|Laramie County|41.15|-104.65|50
Wyoming|Lincoln County|42.26|-110.73|55
Wyoming|Natrona County|42.87|-106.32|6
Wyoming|Niobrara County|42.76|-104.45|0
Wyoming|Park County|44.64|-108.91|18
Wyoming|Platte County|42.16|-104.85|15
Wyoming|Sheridan County|44.80|-106.96|0
Wyoming|Sublette County|42.71|-109.99|21
Wyoming|Sweetwater County|41.59|-109.31|15
Wyoming|Teton County|43.44|-110.81|18
Wyoming|Uinta County|41.29|-110.53|37
Wyoming|Washakie County|44.02|-107.96|0
Wyoming|Weston County|43.98|-104.42|22
"""
