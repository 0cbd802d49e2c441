"""The demo gossip site: `make demo` builds it into demo-site/output/."""

AUTHOR = "The Velvet Rope Desk"
SITENAME = "The Velvet Rope"
SITEURL = "http://localhost:8000"  # what `pelican --listen` serves
RELATIVE_URLS = True
PATH = "content"
STATIC_PATHS = ["images"]
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%d %B %Y"
DEFAULT_PAGINATION = 10

PLUGINS = ["pelican_celebmeta"]
CELEBMETA_REGISTRY = "people.yml"

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None

MENUITEMS = [("People", "/people/")]
