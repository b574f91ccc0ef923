"""Pool of routine background evidence: 1999 service requests a real center sees every day."""

ROUTINE = [
    ("streetlight", "路燈不亮，燈桿編號 {plate}，經貿路三段靠公園側", (120.6594, 24.1790)),
    ("streetlight", "黎明路三段路燈一閃一閃的，燈桿編號 {plate}", (120.6462, 24.1925)),
    ("streetlight", "中科路人行道路燈壞了不會亮，燈桿 {plate}", (120.6536, 24.1832)),
    ("streetlight", "河南路停車場出口旁路燈不分日夜一直亮著，燈桿 {plate}", (120.6534, 24.1752)),
    ("illegal_parking", "有車子停在公車站牌前面，公車都靠不了站", (120.6551, 24.1962)),
    ("illegal_parking", "社區車道出口被一台白色休旅車擋住，車牌 {car}", (120.6590, 24.1808)),
    ("illegal_parking", "紅線上長期停放一台廢棄機車，好幾個月沒動了", (120.6522, 24.1788)),
    ("illegal_parking", "凱旋路人行道上停滿機車，行人要走車道", (120.6500, 24.1905)),
    ("road_damage", "中平路路面有一個坑洞，騎機車經過很危險，麻煩修補", (120.6562, 24.1712)),
    ("road_damage", "人行道地磚翹起來，老人家容易絆倒", (120.6573, 24.1918)),
    ("road_damage", "經貿路人孔蓋下陷，車子壓過去聲音很大", (120.6599, 24.1770)),
    ("blocked_drain", "水溝被落葉堵住，有臭味，請派人清理", (120.6585, 24.1772)),
    ("blocked_drain", "巷口側溝蓋破損，裡面都是垃圾", (120.6470, 24.1918)),
    ("noise", "隔壁工地施工敲打聲很大，很吵", (120.6597, 24.1820)),
    ("noise", "樓下店家冷氣室外機聲音很大，一直嗡嗡叫", (120.6610, 24.1848)),
    ("環境清潔", "公園入口垃圾桶滿出來了，沒有人清", (120.6560, 24.1890)),
    ("環境清潔", "人行道上有人亂丟廢棄家具", (120.6521, 24.1802)),
    ("動物救援", "有一隻流浪狗在路口走來走去，怕被車撞", (120.6540, 24.1950)),
    ("動物救援", "公園步道上有一隻受傷的鳥", (120.6568, 24.1822)),
    ("公園路樹", "行道樹枝葉太茂密，擋住路燈跟號誌，請修剪", (120.6533, 24.1880)),
    ("公園路樹", "公園草皮很久沒割了，蚊子很多", (120.6577, 24.1795)),
    ("other", "請問綠美圖停車場怎麼收費？", (120.6570, 24.1910)),
    ("other", "公園廁所沒有衛生紙，洗手台也沒水", (120.6561, 24.1840)),
    ("other", "公車站牌的動態看板沒有顯示", (120.6528, 24.1966)),
    ("other", "轉運中心的電扶梯停了，拖行李很不方便", (120.6530, 24.1970)),
]


def routine(sit, minutes, pool=None):
    """Add one routine 1999 request at each minute offset, picked by the situation's rng."""
    pool = pool or ROUTINE
    out = []
    used = getattr(sit, "_routine_used", set())
    for m in minutes:
        free = [i for i in range(len(pool)) if i not in used] or list(range(len(pool)))
        i = free[sit.rng.randrange(len(free))]
        used.add(i)
        sit._routine_used = used
        cat, text, (lon, lat) = pool[i]
        text = text.format(plate="%s-%05d" % (sit.rng.choice(["XT", "BT"]), sit.rng.randrange(10000, 99999)),
                           car="%s-%04d" % (sit.rng.choice(["BKR", "RAX", "BGE"]), sit.rng.randrange(1000, 9999)))
        pos = sit.near(lon, lat, 5, 60)
        out.append(sit.add("1999", cat, m, None, text, pos=pos))
    return out
