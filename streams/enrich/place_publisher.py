"""Home of a local publisher, read from its host name.

Takes the article's source host or URL ("wsbtv.com", "nbclosangeles.com",
"miami.cbslocal.com"); emits the home town of a known US local outlet, or the
place its host names, and that place's one US state, which geocoding counts
as a vote among same-named towns and falls back on when the article resolves
no place of its own.
"""

from __future__ import annotations

import functools

from streams.enrich.gazetteer import Place, load_gazetteer
from streams.enrich.place_choice import distance_km

#: US cities this large can name a publisher ("nbclosangeles.com").
PUBLISHER_CITY_POPULATION = 50_000
#: Shorter names hide inside unrelated words ("bradenton" holds "denton").
MIN_PUBLISHER_NAME = 6
#: A whole host label may be shorter ("miami"), not this short ("wkrn").
MIN_LABEL = 4
#: DNS caps a host label at 63 characters; anything longer is not a real host.
MAX_LABEL = 63
#: Town names that are also words of newspaper titles ("Daily Enterprise"): they
#: say nothing of where a host's readers live.
_TITLE_WORDS = frozenset(["enterprise"])
#: Outlets are listed by at most this many trailing labels ("dfw.cbslocal.com").
OUTLET_LABELS = 3
#: A town smaller than this and farther than this from a local outlet's home,
#: in a state the article does not name, is a namesake of a place near home.
FAR_TOWN_POPULATION = 50_000
FAR_TOWN_KM = 300.0


def publisher_home(source: str | None) -> tuple[str, str] | None:
    """Home of a known local outlet, or of a publisher whose host names its
    city or state.

    Local news rarely names its own town or state ("police said the boy was
    shot on Elm Street"); the outlet says where its readers live. Call signs
    and newspaper titles ("wsbtv", "stltoday") come from a table of outlets;
    "nbclosangeles.com" and "miami.cbslocal.com" name the place themselves, and
    a name shared by towns of several states says nothing.

    Args:
        source: The article's source host or URL.

    Returns:
        ``(place name, US state)``, or None.
    """
    host = (source or "").split("://")[-1].split("/")[0].split(":")[0].lower()
    known = _known_outlet(host)
    if known is not None:
        return known
    labels = [label for label in host.split(".")[:-1] if label != "www"]
    names = _publisher_names()
    longest = _longest_name()
    for label in labels:
        if len(label) > MAX_LABEL:
            continue
        if label in names:  # a whole label may be short: "miami.cbslocal.com"
            return names[label]
        # Substrings longer than the longest name cannot match: capping them keeps this linear.
        found = [label[i:j] for i in range(len(label))
                 for j in range(i + MIN_PUBLISHER_NAME, min(i + longest, len(label)) + 1)
                 if label[i:j] in names]  # fmt: skip
        if found:  # the longest name, even when it is ambiguous ("springfield", not "spring")
            return names[max(found, key=len)]
    return None


def far_namesake(place: Place, home: Place | None, states: dict[str, float], named: float) -> bool:
    """True for a small US town far from a local outlet's home in a state the
    article does not name: "Westwood" in a Cincinnati paper is its quarter,
    not the Massachusetts town; "Greenacres" in a Miami one the Florida town
    the gazetteer lacks.

    Args:
        place: A resolved place.
        home: The outlet's home town, if known.
        states: Votes of the article for US states.
        named: Votes a state gets when the article names it once.
    """
    if home is None or place.kind != "city" or place.country != "US" or place.lat is None:
        return False
    if place.admin1 == home.admin1 or place.population >= FAR_TOWN_POPULATION:
        return False
    if states.get(place.admin1 or "", 0.0) >= named:
        return False
    here, there = {"lat": place.lat, "lon": place.lon}, {"lat": home.lat, "lon": home.lon}
    return distance_km(here, there) > FAR_TOWN_KM


def home_town(home: tuple[str, str] | None) -> Place | None:
    """The town a publisher's home names, in its state; None for a state alone.

    Args:
        home: ``(place name, US state)`` from :func:`publisher_home`.
    """
    if home is None:
        return None
    towns = [p for p in load_gazetteer().lookup(home[0]) if p.kind == "city" and p.admin1 == home[1]]
    return towns[0] if towns else None


def near_home(place: Place, home: Place | None, km: float) -> bool:
    """True for a US place within ``km`` of a local outlet's home town."""
    if home is None or place.lat is None or home.lat is None or place.country != "US":
        return False
    return distance_km({"lat": place.lat, "lon": place.lon}, {"lat": home.lat, "lon": home.lon}) <= km


def _known_outlet(host: str) -> tuple[str, str] | None:
    """Home of the outlet of :data:`_OUTLETS` a host belongs to; its subdomains
    ("m.wsbtv.com", "homicides.suntimes.com") share it."""
    outlets = _outlet_homes()
    parts = host.split(".")[-OUTLET_LABELS:]
    domains = (".".join(parts[i:]) for i in range(len(parts) - 1))
    return next((outlets[d] for d in domains if d in outlets), None)


@functools.cache
def _outlet_homes() -> dict[str, tuple[str, str]]:
    """Host of each outlet of :data:`_OUTLETS` mapped to its town and state."""
    gazetteer = load_gazetteer()
    homes: dict[str, tuple[str, str]] = {}
    for line in _OUTLETS.strip().splitlines():
        place, hosts = line.split(": ")
        town, code = place.rsplit(", ", 1)
        state = gazetteer.state_name(code)
        if state is not None:
            homes.update(dict.fromkeys(hosts.split(), (town, state)))
    return homes


def warm_up_publishers() -> None:
    """Build the name table now: it reads the whole gazetteer (~0.4 s), which
    would otherwise fall on the first article that names a source."""
    _publisher_names()
    _outlet_homes()


@functools.cache
def _longest_name() -> int:
    """Length of the longest compact name in the table."""
    return max(map(len, _publisher_names()), default=0)


@functools.cache
def _publisher_names() -> dict[str, tuple[str, str] | None]:
    """Compact names ("losangeles") of US states and cities, mapped to the
    name and the one state they stand for, or None when found in several."""
    states: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for key, places in load_gazetteer().by_name.items():
        compact = "".join(c for c in key if c.isalpha())
        if len(compact) < MIN_LABEL or compact in _TITLE_WORDS:
            continue
        for place in places:
            big_city = place.kind == "city" and place.population >= PUBLISHER_CITY_POPULATION
            if place.country == "US" and place.admin1 and (place.kind == "admin1" or big_city):
                states.setdefault(compact, set()).add(place.admin1)
                names.setdefault(compact, key)
    return {c: (names[c], next(iter(found))) if len(found) == 1 else None for c, found in states.items()}


#: US local outlets whose host does not name their home: TV call signs
#: ("wsbtv.com"), newspaper titles ("stltoday.com"), station brands
#: ("news4jax.com"). One line per home town: "Town, state code: hosts". An outlet
#: serving a metro area that spans states counts as its town's.
_OUTLETS = """
Birmingham, AL: al.com wbrc.com abc3340.com wvtm13.com cbs42.com wiat.com
Montgomery, AL: wsfa.com montgomeryadvertiser.com waka.com
Mobile, AL: wkrg.com fox10tv.com local15tv.com
Huntsville, AL: whnt.com waff.com waaytv.com
Dothan, AL: wtvy.com dothaneagle.com wdhn.com
Trussville, AL: trussvilletribune.com
Anchorage, AK: adn.com ktva.com ktuu.com
Fairbanks, AK: newsminer.com
Dillingham, AK: kdlg.org
Juneau, AK: juneauempire.com
Wasilla, AK: frontiersman.com
Kenai, AK: peninsulaclarion.com
Phoenix, AZ: azcentral.com abc15.com azfamily.com cbs5az.com kpho.com ktar.com fox10phoenix.com
Phoenix, AZ: 12news.com
Tucson, AZ: kvoa.com kold.com kgun9.com tucson.com tucsonnewsnow.com
Yuma, AZ: kyma.com yumasun.com
Mesa, AZ: eastvalleytribune.com
Flagstaff, AZ: azdailysun.com
Little Rock, AR: arkansasonline.com katv.com thv11.com kark.com fox16.com
Jonesboro, AR: kait8.com
Fort Smith, AR: 5newsonline.com 4029tv.com swtimes.com
Blytheville, AR: blythevillecourier.com
Fayetteville, AR: nwahomepage.com nwaonline.com
Los Angeles, CA: latimes.com ktla.com abc7.com dailynews.com insidesocal.com laist.com foxla.com
Fresno, CA: abc30.com fresnobee.com kmph.com yourcentralvalley.com
Sacramento, CA: sacbee.com kcra.com fox40.com news10.net abc10.com
San Francisco, CA: sfgate.com sfchronicle.com kron4.com abc7news.com nbcbayarea.com sfexaminer.com
Oakland, CA: ktvu.com eastbaytimes.com insidebayarea.com
Walnut Creek, CA: contracostatimes.com
San Jose, CA: mercurynews.com
San Diego, CA: sandiegouniontribune.com utsandiego.com nbcsandiego.com 10news.com cbs8.com
San Diego, CA: fox5sandiego.com kusi.com
Riverside, CA: pe.com
San Bernardino, CA: sbsun.com
Ontario, CA: dailybulletin.com
Pasadena, CA: pasadenastarnews.com
Long Beach, CA: presstelegram.com
Stockton, CA: recordnet.com
Bakersfield, CA: bakersfield.com turnto23.com kget.com
Palm Springs, CA: kesq.com desertsun.com kmir.com
Modesto, CA: modbee.com
Salinas, CA: ksbw.com
Santa Rosa, CA: pressdemocrat.com
Santa Ana, CA: ocregister.com
Vallejo, CA: timesheraldonline.com
Lancaster, CA: theavtimes.com
Victorville, CA: vvdailypress.com
San Luis Obispo, CA: ksby.com sanluisobispo.com
Santa Barbara, CA: keyt.com noozhawk.com
Redding, CA: krcrtv.com redding.com
Torrance, CA: dailybreeze.com
West Covina, CA: sgvtribune.com
Whittier, CA: whittierdailynews.com
Redlands, CA: redlandsdailyfacts.com
Santa Cruz, CA: santacruzsentinel.com
San Rafael, CA: marinij.com
Napa, CA: napavalleyregister.com
Lodi, CA: lodinews.com
Hanford, CA: hanfordsentinel.com
Visalia, CA: visaliatimesdelta.com
Vacaville, CA: thereporter.com
Woodland, CA: dailydemocrat.com
Chico, CA: chicoer.com
Eureka, CA: times-standard.com
Monterey, CA: montereyherald.com
Merced, CA: mercedsunstar.com
Denver, CO: denverpost.com 9news.com kdvr.com thedenverchannel.com denver7.com kwgn.com
Colorado Springs, CO: gazette.com krdo.com kktv.com koaa.com
Boulder, CO: dailycamera.com
Grand Junction, CO: gjsentinel.com kjct8.com kkco11news.com
Fort Collins, CO: coloradoan.com
Pueblo, CO: chieftain.com
Steamboat Springs, CO: steamboattoday.com
Greeley, CO: greeleytribune.com
Longmont, CO: timescall.com
Loveland, CO: reporterherald.com
Glenwood Springs, CO: postindependent.com
Durango, CO: durangoherald.com
Hartford, CT: courant.com wfsb.com fox61.com nbcconnecticut.com
New Haven, CT: wtnh.com nhregister.com
Bridgeport, CT: ctpost.com doingitlocal.com
Meriden, CT: myrecordjournal.com
New London, CT: theday.com
Stamford, CT: stamfordadvocate.com
Greenwich, CT: greenwichtime.com
Danbury, CT: newstimes.com
Norwich, CT: norwichbulletin.com
Washington, DC: washingtonpost.com wusa9.com wjla.com nbcwashington.com fox5dc.com wtop.com
Washington, DC: washingtontimes.com dcist.com
Miami, FL: miamiherald.com local10.com wsvn.com nbcmiami.com
Fort Lauderdale, FL: sun-sentinel.com
West Palm Beach, FL: palmbeachpost.com wptv.com wpbf.com cbs12.com wflx.com
Orlando, FL: orlandosentinel.com wesh.com wftv.com clickorlando.com mynews13.com fox35orlando.com
Tampa, FL: tbo.com tampabay.com wfla.com abcactionnews.com fox13news.com myfoxtampabay.com wtsp.com
Tampa, FL: baynews9.com tbreporter.com
Jacksonville, FL: jacksonville.com news4jax.com actionnewsjax.com firstcoastnews.com
Tallahassee, FL: tallahassee.com wctv.tv wtxl.com
Gainesville, FL: wcjb.com gainesville.com
Pensacola, FL: pnj.com weartv.com
Fort Myers, FL: news-press.com winknews.com nbc-2.com fox4now.com
Naples, FL: naplesnews.com
Daytona Beach, FL: news-journalonline.com
Sarasota, FL: heraldtribune.com mysuncoast.com
Lakeland, FL: theledger.com
Ocala, FL: ocala.com
Sebring, FL: highlandstoday.com
Fort Walton Beach, FL: nwfdailynews.com
Melbourne, FL: floridatoday.com spacecoastdaily.com
Port Charlotte, FL: yoursun.com
Plant City, FL: plantcityobserver.com
St. Augustine, FL: staugustine.com
Stuart, FL: tcpalm.com
Panama City, FL: newsherald.com wjhg.com
Atlanta, GA: ajc.com wsbtv.com 11alive.com cbs46.com fox5atlanta.com myfoxatlanta.com myajc.com
Columbus, GA: ledger-enquirer.com wtvm.com wrbl.com
Albany, GA: walb.com albanyherald.com
Macon, GA: macon.com 13wmaz.com 41nbc.com wgxa.tv
Savannah, GA: wtoc.com savannahnow.com wsav.com wjcl.com
Augusta, GA: wrdw.com wjbf.com augustachronicle.com wfxg.com augusta.com
Athens, GA: onlineathens.com
Rome, GA: northwestgeorgianews.com coosavalleynews.com
Brunswick, GA: thebrunswicknews.com
LaGrange, GA: lagrangenews.com
Covington, GA: covnews.com
Newnan, GA: times-herald.com
Cumming, GA: forsythherald.com
Gainesville, GA: gainesvilletimes.com
Dalton, GA: daltondailycitizen.com
Valdosta, GA: valdostadailytimes.com
Thomasville, GA: thomasvilletimes.com
Marietta, GA: mdjonline.com
Honolulu, HI: khon2.com hawaiinewsnow.com staradvertiser.com kitv.com
Boise, ID: ktvb.com idahostatesman.com kivitv.com
Twin Falls, ID: magicvalley.com kmvt.com
Idaho Falls, ID: postregister.com localnews8.com
Pocatello, ID: kpvi.com idahostatejournal.com
Nampa, ID: idahopress.com
Coeur d'Alene, ID: cdapress.com
Lewiston, ID: lmtribune.com
Chicago, IL: chicagotribune.com wgntv.com abc7chicago.com suntimes.com nbcchicago.com wbez.org
Chicago, IL: fox32chicago.com
Rockford, IL: wifr.com wrex.com rrstar.com wtvo.com
Peoria, IL: pjstar.com week.com centralillinoisproud.com
Sterling, IL: saukvalley.com
Alton, IL: thetelegraph.com
Belleville, IL: bnd.com
Galesburg, IL: galesburg.com
Bloomington, IL: pantagraph.com
Moline, IL: wqad.com qconline.com
Jacksonville, IL: myjournalcourier.com
Springfield, IL: sj-r.com newschannel20.com
Decatur, IL: wandtv.com herald-review.com
Carbondale, IL: wsiltv.com thesouthern.com
Joliet, IL: theherald-news.com
Champaign, IL: news-gazette.com wcia.com
Arlington Heights, IL: dailyherald.com
Crystal Lake, IL: nwherald.com
Quincy, IL: khqa.com
Indianapolis, IN: indystar.com fox59.com wishtv.com wthr.com theindychannel.com rtv6.com
Fort Wayne, IN: wane.com journalgazette.net wpta21.com
Evansville, IN: 14news.com courierpress.com
South Bend, IN: wndu.com wsbt.com southbendtribune.com abc57.com
Munster, IN: nwitimes.com
Bedford, IN: wbiw.com
Jasper, IN: duboiscountyherald.com
Franklin, IN: dailyjournal.net
Lafayette, IN: wlfi.com jconline.com
Terre Haute, IN: wthitv.com tribstar.com
Anderson, IN: heraldbulletin.com
Muncie, IN: thestarpress.com
Richmond, IN: pal-item.com
Kokomo, IN: kokomotribune.com
Marion, IN: chronicle-tribune.com
Merrillville, IN: post-trib.com
Jeffersonville, IN: newsandtribune.com
Des Moines, IA: desmoinesregister.com kcci.com whotv.com weareiowa.com
Cedar Rapids, IA: kcrg.com thegazette.com cbs2iowa.com
Waterloo, IA: kwwl.com wcfcourier.com
Davenport, IA: qctimes.com kwqc.com
Mason City, IA: kimt.com globegazette.com
Sioux City, IA: ktiv.com siouxcityjournal.com
Iowa City, IA: press-citizen.com
Burlington, IA: thehawkeye.com
Ames, IA: amestrib.com
Wichita, KS: kwch.com ksn.com kake.com kfdi.com
Topeka, KS: cjonline.com wibw.com ksnt.com
Hays, KS: hayspost.com
Junction City, KS: jcpost.com
Manhattan, KS: themercury.com
Salina, KS: salina.com ksal.com
Leavenworth, KS: leavenworthtimes.com
Hutchinson, KS: hutchnews.com
Lawrence, KS: ljworld.com
Garden City, KS: gctelegram.com
Louisville, KY: courier-journal.com wlky.com wave3.com wdrb.com whas11.com
Lexington, KY: kentucky.com lex18.com wkyt.com wtvq.com
Paducah, KY: wpsdlocal6.com paducahsun.com
Bowling Green, KY: wbko.com bgdailynews.com
Russellville, KY: newsdemocratleader.com
Hazard, KY: wymt.com
Henderson, KY: thegleaner.com
Berea, KY: bereaonline.com
Owensboro, KY: messenger-inquirer.com
Hopkinsville, KY: kentuckynewera.com
Richmond, KY: richmondregister.com
Frankfort, KY: state-journal.com
New Orleans, LA: nola.com wwltv.com wdsu.com fox8live.com wgno.com
Baton Rouge, LA: theadvocate.com wafb.com wbrz.com brproud.com
Shreveport, LA: ksla.com shreveporttimes.com ktbs.com arklatexhomepage.com
Lafayette, LA: katc.com klfy.com theadvertiser.com
Houma, LA: houmatoday.com
Lake Charles, LA: kplctv.com americanpress.com
New Roads, LA: pointecoupeereporter.com
Monroe, LA: knoe.com thenewsstar.com
Alexandria, LA: kalb.com thetowntalk.com
Thibodaux, LA: dailycomet.com
Hammond, LA: hammondstar.com
Portland, ME: pressherald.com wmtw.com wcsh6.com
Bangor, ME: bangordailynews.com
Augusta, ME: centralmaine.com
Lewiston, ME: sunjournal.com
Baltimore, MD: baltimoresun.com wbaltv.com foxbaltimore.com wmar2news.com abc2news.com wbal.com
Salisbury, MD: delmarvanow.com wboc.com
Frederick, MD: fredericknewspost.com
Annapolis, MD: capitalgazette.com
Hagerstown, MD: heraldmailmedia.com your4state.com
Cumberland, MD: cumberlandtimes.com
Boston, MA: bostonglobe.com boston.com wcvb.com whdh.com boston25news.com fox25boston.com wbur.org
Boston, MA: bostonherald.com
Springfield, MA: masslive.com wwlp.com westernmassnews.com
Lowell, MA: lowellsun.com
Brockton, MA: enterprisenews.com
Fitchburg, MA: sentinelandenterprise.com
Worcester, MA: telegram.com
Quincy, MA: patriotledger.com
Greenfield, MA: recorder.com
New Bedford, MA: southcoasttoday.com
Fall River, MA: heraldnews.com
Barnstable, MA: capecodtimes.com
Pittsfield, MA: berkshireeagle.com
Framingham, MA: metrowestdailynews.com
Salem, MA: salemnews.com
Lawrence, MA: eagletribune.com
Gloucester, MA: gloucestertimes.com
Detroit, MI: freep.com detroitnews.com wxyz.com clickondetroit.com fox2detroit.com myfoxdetroit.com
Grand Rapids, MI: woodtv.com wzzm13.com fox17online.com
Flint, MI: abc12.com nbc25news.com
Saginaw, MI: wnem.com
Lansing, MI: wilx.com lansingstatejournal.com wlns.com
Kalamazoo, MI: wwmt.com
Pontiac, MI: theoaklandpress.com
Warren, MI: candgnews.com
Cadillac, MI: 9and10news.com
Marquette, MI: abc10up.com wluc.com
Mount Clemens, MI: macombdaily.com
Traverse City, MI: upnorthlive.com record-eagle.com
Coldwater, MI: thedailyreporter.com
Battle Creek, MI: battlecreekenquirer.com
Holland, MI: hollandsentinel.com
Port Huron, MI: thetimesherald.com
Monroe, MI: monroenews.com
Petoskey, MI: petoskeynews.com
Minneapolis, MN: startribune.com kstp.com kare11.com fox9.com myfoxtwincities.com wcco.com
Duluth, MN: duluthnewstribune.com wdio.com kbjr6.com
Winona, MN: winonadailynews.com
Rochester, MN: kttc.com postbulletin.com
Brainerd, MN: brainerddispatch.com
Saint Paul, MN: twincities.com
St. Cloud, MN: sctimes.com
Mankato, MN: mankatofreepress.com keyc.com
Jackson, MS: clarionledger.com wlbt.com wapt.com wjtv.com msnewsnow.com
Hattiesburg, MS: wdam.com hattiesburgamerican.com
Gulfport, MS: wlox.com sunherald.com
Tupelo, MS: djournal.com wtva.com
Bay St. Louis, MS: seacoastecho.com
Pascagoula, MS: gulflive.com
Natchez, MS: natchezdemocrat.com
Meridian, MS: wtok.com meridianstar.com
Columbus, MS: commercialdispatch.com wcbi.com
St. Louis, MO: stltoday.com kmov.com ksdk.com fox2now.com riverfronttimes.com
Kansas City, MO: kansascity.com kmbc.com kctv5.com kshb.com fox4kc.com kmbz.com
Springfield, MO: ky3.com ozarksfirst.com news-leader.com ksgf.com kolr10.com
Columbia, MO: columbiatribune.com komu.com abc17news.com
Joplin, MO: joplinglobe.com fourstateshomepage.com newstalkkzrg.com koamtv.com
Cape Girardeau, MO: kfvs12.com semissourian.com
Carthage, MO: carthagepress.com
Trenton, MO: kttn.com
Branson, MO: bransontrilakesnews.com
Jefferson City, MO: newstribune.com
St. Joseph, MO: newspressnow.com kq2.com
Billings, MT: billingsgazette.com ktvq.com kulr8.com
Missoula, MT: missoulian.com mtpr.org kpax.com nbcmontana.com
Helena, MT: helenair.com ktvh.com
Great Falls, MT: greatfallstribune.com
Glasgow, MT: glasgowcourier.com
Butte, MT: kxlf.com mtstandard.com
Bozeman, MT: kbzk.com bozemandailychronicle.com
Kalispell, MT: dailyinterlake.com
Omaha, NE: omaha.com ketv.com wowt.com kmtv.com
Lincoln, NE: journalstar.com 1011now.com klkntv.com
Grand Island, NE: theindependent.com ksnblocal4.com
Kearney, NE: kearneyhub.com
Las Vegas, NV: reviewjournal.com news3lv.com ktnv.com fox5vegas.com 8newsnow.com lasvegassun.com
Reno, NV: rgj.com ktvn.com kolotv.com mynews4.com
Carson City, NV: nevadaappeal.com
Elko, NV: elkodaily.com
Manchester, NH: unionleader.com wmur.com
Portsmouth, NH: seacoastonline.com
Concord, NH: concordmonitor.com
Nashua, NH: nashuatelegraph.com
Dover, NH: fosters.com
Newark, NJ: nj.com
Woodland Park, NJ: northjersey.com
Atlantic City, NJ: pressofatlanticcity.com
Asbury Park, NJ: app.com
Trenton, NJ: trentonian.com
Cherry Hill, NJ: courierpostonline.com
Morristown, NJ: dailyrecord.com
Vineland, NJ: thedailyjournal.com
Newton, NJ: njherald.com
Albuquerque, NM: krqe.com abqjournal.com koat.com kob.com
Las Cruces, NM: lcsun-news.com
Roswell, NM: rdrnews.com
Santa Fe, NM: santafenewmexican.com
Farmington, NM: daily-times.com
Carlsbad, NM: currentargus.com
New York, NY: nydailynews.com nypost.com pix11.com abc7ny.com 7online.com amny.com gothamist.com
New York, NY: ny1.com
Buffalo, NY: wivb.com buffalonews.com wgrz.com wkbw.com
Rochester, NY: whec.com democratandchronicle.com 13wham.com rochesterfirst.com
Albany, NY: timesunion.com news10.com wnyt.com cbs6albany.com
Syracuse, NY: syracuse.com cnycentral.com localsyr.com
Melville, NY: newsday.com
Kingston, NY: dailyfreeman.com
Staten Island, NY: silive.com
Binghamton, NY: pressconnects.com wbng.com
Utica, NY: wktv.com uticaod.com
Plattsburgh, NY: wptz.com pressrepublican.com
Poughkeepsie, NY: poughkeepsiejournal.com
White Plains, NY: lohud.com
Elmira, NY: mytwintiers.com stargazette.com
Schenectady, NY: dailygazette.com
Middletown, NY: recordonline.com
Ithaca, NY: ithacajournal.com
Watertown, NY: watertowndailytimes.com nny360.com wwnytv.com
Jamestown, NY: post-journal.com
Dunkirk, NY: observertoday.com
Niagara Falls, NY: niagara-gazette.com
Lockport, NY: lockportjournal.com
Charlotte, NC: wsoctv.com wbtv.com wcnc.com charlotteobserver.com fox46charlotte.com qcitymetro.com
Raleigh, NC: wral.com newsobserver.com abc11.com wncn.com cbs17.com
Greensboro, NC: myfox8.com greensboro.com wfmynews2.com
Winston-Salem, NC: wxii12.com journalnow.com
Greenville, NC: witn.com wnct.com reflector.com
Wilmington, NC: wect.com starnewsonline.com wwaytv3.com
New Bern, NC: wcti12.com
Asheville, NC: citizen-times.com wlos.com
Fayetteville, NC: fayobserver.com
Burlington, NC: thetimesnews.com
Goldsboro, NC: goldsborodailynews.com newsargus.com
Marion, NC: mcdowellnews.com
Roanoke Rapids, NC: rrspin.com rrdailyherald.com
Lexington, NC: the-dispatch.com
Hickory, NC: whky.com hickoryrecord.com
Jacksonville, NC: jdnews.com
Durham, NC: heraldsun.com
Salisbury, NC: salisburypost.com
Gastonia, NC: gastongazette.com
Rocky Mount, NC: rockymounttelegram.com
Elizabeth City, NC: dailyadvance.com
Fargo, ND: inforum.com valleynewslive.com kvrr.com kfgo.com wday.com
Bismarck, ND: bismarcktribune.com kfyrtv.com kxnet.com
Grand Forks, ND: grandforksherald.com
Dickinson, ND: thedickinsonpress.com
Minot, ND: minotdailynews.com
Williston, ND: willistonherald.com
Columbus, OH: dispatch.com 10tv.com nbc4i.com myfox28columbus.com thisweeknews.com
Columbus, OH: abc6onyourside.com
Cleveland, OH: cleveland.com newsnet5.com fox8.com wkyc.com cleveland19.com 19actionnews.com
Cincinnati, OH: cincinnati.com wlwt.com wcpo.com local12.com fox19.com
Dayton, OH: whio.com wdtn.com daytondailynews.com abc22now.com
Toledo, OH: toledoblade.com wtol.com 13abc.com wnwo.com
Akron, OH: ohio.com
Youngstown, OH: vindy.com wkbn.com wfmj.com wytv.com
Warren, OH: tribtoday.com
Lima, OH: limaohio.com hometownstations.com
Springfield, OH: springfieldnewssun.com
Hamilton, OH: journal-news.com
Canton, OH: cantonrep.com
Lorain, OH: morningjournal.com
Portsmouth, OH: portsmouth-dailytimes.com
Bellefontaine, OH: peakofohio.com
Zanesville, OH: whiznews.com zanesvilletimesrecorder.com
Steubenville, OH: wtov9.com
Mansfield, OH: mansfieldnewsjournal.com
Elyria, OH: chroniclet.com
Sandusky, OH: sanduskyregister.com
Newark, OH: newarkadvocate.com
Marion, OH: marionstar.com
Willoughby, OH: news-herald.com
Ravenna, OH: record-courier.com
Alliance, OH: the-review.com
New Philadelphia, OH: times-reporter.com
Oklahoma City, OK: newsok.com kfor.com koco.com news9.com okcfox.com
Tulsa, OK: tulsaworld.com newson6.com kjrh.com fox23.com krmg.com ktul.com
Ada, OK: theadanews.com
Lawton, OK: kswo.com swoknews.com
Miami, OK: miamiok.com
Norman, OK: normantranscript.com
Enid, OK: enidnews.com
Muskogee, OK: muskogeephoenix.com
Portland, OR: oregonlive.com kgw.com koin.com katu.com kptv.com
Salem, OR: statesmanjournal.com
Eugene, OR: registerguard.com kezi.com kval.com
Medford, OR: mailtribune.com kdrv.com kobi5.com ktvl.com
Albany, OR: democratherald.com
Klamath Falls, OR: heraldandnews.com
Bend, OR: bendbulletin.com ktvz.com
Corvallis, OR: gazettetimes.com
Roseburg, OR: nrtoday.com
Philadelphia, PA: philly.com inquirer.com 6abc.com nbcphiladelphia.com fox29.com
Pittsburgh, PA: triblive.com post-gazette.com wpxi.com wtae.com
Allentown, PA: mcall.com wfmz.com
Scranton, PA: wnep.com thetimes-tribune.com pahomepage.com
Harrisburg, PA: pennlive.com abc27.com local21news.com
York, PA: fox43.com ydr.com
Lancaster, PA: lancasteronline.com wgal.com
Erie, PA: goerie.com erienewsnow.com yourerie.com erietvnews.com
Reading, PA: readingeagle.com
Johnstown, PA: tribdem.com wjactv.com
Altoona, PA: altoonamirror.com wtaj.com wearecentralpa.com
Carlisle, PA: cumberlink.com
Washington, PA: observer-reporter.com
Chester, PA: delcotimes.com
Stroudsburg, PA: poconorecord.com
Beaver, PA: timesonline.com
State College, PA: centredaily.com
Wilkes-Barre, PA: timesleader.com citizensvoice.com
Pottstown, PA: pottsmerc.com
Norristown, PA: timesherald.com
Lebanon, PA: ldnews.com
Chambersburg, PA: publicopiniononline.com
Hanover, PA: eveningsun.com
Pottsville, PA: republicanherald.com
Hazleton, PA: standardspeaker.com
Providence, RI: providencejournal.com wpri.com turnto10.com
Newport, RI: newportri.com
Columbia, SC: thestate.com wistv.com wltx.com
Charleston, SC: postandcourier.com live5news.com abcnews4.com counton2.com
Greenville, SC: greenvilleonline.com wyff4.com foxcarolina.com
Spartanburg, SC: wspa.com goupstate.com
Myrtle Beach, SC: myrtlebeachonline.com wmbfnews.com wbtw.com thesunnews.com
Florence, SC: wpde.com carolinalive.com scnow.com
Orangeburg, SC: thetandd.com
Rock Hill, SC: heraldonline.com
Manning, SC: manninglive.com
Anderson, SC: independentmail.com
Aiken, SC: aikenstandard.com
Hilton Head Island, SC: islandpacket.com
Greenwood, SC: indexjournal.com
Sioux Falls, SD: argusleader.com ksfy.com keloland.com kdlt.com ksoo.com
Rapid City, SD: rapidcityjournal.com kotatv.com newscenter1.tv
Aberdeen, SD: aberdeennews.com
Nashville, TN: tennessean.com wsmv.com wkrn.com newschannel5.com fox17.com
Memphis, TN: commercialappeal.com wmcactionnews5.com wreg.com localmemphis.com fox13memphis.com
Memphis, TN: actionnews5.com
Knoxville, TN: knoxnews.com wate.com wbir.com local8now.com
Chattanooga, TN: timesfreepress.com wrcbtv.com newschannel9.com wdef.com
Jackson, TN: wbbjtv.com jacksonsun.com
Johnson City, TN: wjhl.com
Clarksville, TN: theleafchronicle.com
Columbia, TN: columbiadailyherald.com
Winchester, TN: heraldchronicle.com
Dyersburg, TN: stategazette.com
Murfreesboro, TN: wgnsradio.com dnj.com
Kingsport, TN: timesnews.net
Houston, TX: chron.com houstonchronicle.com khou.com abc13.com click2houston.com fox26houston.com
Houston, TX: myfoxhouston.com
Dallas, TX: dallasnews.com wfaa.com nbcdfw.com fox4news.com dfw.cbslocal.com
Fort Worth, TX: star-telegram.com
San Antonio, TX: ksat.com mysanantonio.com expressnews.com kens5.com news4sa.com foxsanantonio.com
Austin, TX: statesman.com mystatesman.com kxan.com kvue.com fox7austin.com keyetv.com
El Paso, TX: elpasotimes.com kvia.com ktsm.com kfoxtv.com
Corpus Christi, TX: caller.com kristv.com kiiitv.com
Lubbock, TX: kcbd.com lubbockonline.com everythinglubbock.com fox34.com
Amarillo, TX: newschannel10.com amarillo.com myhighplains.com abc7amarillo.com
Waco, TX: kwtx.com wacotrib.com kxxv.com kcentv.com
Tyler, TX: kltv.com tylerpaper.com ketk.com
Longview, TX: news-journal.com
Beaumont, TX: 12newsnow.com kfdm.com beaumontenterprise.com
Killeen, TX: kdhnews.com
Sherman, TX: kxii.com heralddemocrat.com
San Angelo, TX: conchovalleyhomepage.com gosanangelo.com
Harlingen, TX: valleycentral.com
Lufkin, TX: lufkindailynews.com
Bryan, TX: kbtx.com theeagle.com
Wichita Falls, TX: newschannel6now.com timesrecordnews.com
Port Arthur, TX: panews.com
Abilene, TX: ktxs.com reporternews.com
Laredo, TX: kgns.tv lmtonline.com
Odessa, TX: cbs7.com oaoa.com
Weslaco, TX: krgv.com
Midland, TX: newswest9.com mrt.com
McAllen, TX: themonitor.com
Brownsville, TX: brownsvilleherald.com
Victoria, TX: victoriaadvocate.com
Denton, TX: dentonrc.com
Galveston, TX: galvnews.com
Salt Lake City, UT: sltrib.com ksl.com deseretnews.com fox13now.com kutv.com abc4.com
Provo, UT: heraldextra.com
Ogden, UT: standard.net
St. George, UT: thespectrum.com
Logan, UT: hjnews.com
Burlington, VT: burlingtonfreepress.com wcax.com
Rutland, VT: rutlandherald.com
Barre, VT: timesargus.com
Richmond, VA: nbc12.com wtvr.com wric.com richmond.com 8news.com
Norfolk, VA: wtkr.com wavy.com pilotonline.com 13newsnow.com
Newport News, VA: dailypress.com
Roanoke, VA: roanoke.com wdbj7.com wsls.com
Bristol, VA: wcyb.com
Charlottesville, VA: nbc29.com dailyprogress.com
Harrisonburg, VA: whsv.com dnronline.com
Lynchburg, VA: wset.com newsadvance.com
Fredericksburg, VA: fredericksburg.com
Staunton, VA: newsleader.com
Woodbridge, VA: insidenova.com
Danville, VA: godanriver.com
Martinsville, VA: martinsvillebulletin.com
Seattle, WA: seattletimes.com komonews.com king5.com kirotv.com kiro7.com q13fox.com seattlepi.com
Tacoma, WA: thenewstribune.com
Spokane, WA: spokesman.com kxly.com khq.com kremtv.com krem.com
Everett, WA: heraldnet.com
Vancouver, WA: columbian.com
Olympia, WA: theolympian.com
Yakima, WA: yakimaherald.com kimatv.com
Mount Vernon, WA: goskagit.com
Wenatchee, WA: kpq.com ncwlife.com
Kennewick, WA: tri-cityherald.com keprtv.com
Kent, WA: kentreporter.com
Bellingham, WA: bellinghamherald.com
Bremerton, WA: kitsapsun.com
Charleston, WV: wvgazettemail.com wchstv.com
Huntington, WV: wsaz.com wowktv.com herald-dispatch.com
Bluefield, WV: wvva.com
Clarksburg, WV: wearewvproud.com wboy.com wdtv.com
Beckley, WV: wvnstv.com register-herald.com
Wheeling, WV: wtrf.com theintelligencer.net
Morgantown, WV: dominionpost.com
Parkersburg, WV: newsandsentinel.com
Martinsburg, WV: journal-news.net
Milwaukee, WI: jsonline.com wisn.com tmj4.com fox6now.com cbs58.com
Madison, WI: channel3000.com nbc15.com wkow.com madison.com
Green Bay, WI: wbay.com fox11online.com greenbaypressgazette.com wtaq.com nbc26.com
Eau Claire, WI: weau.com leadertelegram.com wqow.com
La Crosse, WI: wxow.com lacrossetribune.com
Oshkosh, WI: thenorthwestern.com
Appleton, WI: postcrescent.com
Beloit, WI: beloitdailynews.com
Janesville, WI: gazettextra.com
Wausau, WI: wsaw.com wausaudailyherald.com
Racine, WI: journaltimes.com
Kenosha, WI: kenoshanews.com
Sheboygan, WI: sheboyganpress.com
Fond du Lac, WI: fdlreporter.com
Manitowoc, WI: htrnews.com
Marshfield, WI: marshfieldnewsherald.com
Rhinelander, WI: wjfw.com
Casper, WY: trib.com k2tv.com
Cheyenne, WY: wyomingnews.com kgwn.tv
Gillette, WY: gillettenewsrecord.com
Rock Springs, WY: rocketminer.com
"""
