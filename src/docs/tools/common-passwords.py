#!/usr/bin/env python3
"""Makes src/main/resources/passwords/common-passwords.txt (ADR 0030), deterministically.

    python3 src/docs/tools/common-passwords.py PASSWORDS_TXT > src/main/resources/passwords/common-passwords.txt

PASSWORDS_TXT is dictionaries/passwords.txt from the nbvcxz jar on Maven Central (me.gosimple:nbvcxz:1.5.1, MIT
licence): leaked passwords ranked by frequency, most common first. Taken from it: the 1 000 most common, and the
3 000 most common that the length and all-digits rules alone would let through (at least 10 characters, not all
digits). Added: patterns common in China that a Western list ranks low or misses (pinyin words and names with lucky
or love numbers, keyboard walks, Admin@123-style enterprise passwords). Lower case, one a line, sorted, no duplicates.
"""
import sys

TOP_ANY = 1000
TOP_LONG = 3000

ranked = []
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        p = line.strip().lower()
        if p and p not in ranked[-1:]:
            ranked.append(p)

chosen = set(ranked[:TOP_ANY])
long_ones = [p for p in ranked if len(p) >= 10 and not p.isdigit()]
chosen.update(long_ones[:TOP_LONG])

numbers = ["", "1", "123", "1234", "12345", "123456", "123456789", "000", "520", "1314", "5201314", "888",
           "8888", "666", "6666", "168", "123123", "@123", "1314520"]
words = ["woaini", "woaiwojia", "woainima", "woaimama", "woaibaba", "aini", "aiwo", "wangwei", "zhangwei", "wangfang",
         "liwei", "lina", "zhangmin", "lijing", "wangjing", "liuwei", "wanglei", "zhangli", "wangyong", "liqiang",
         "zhangjing", "liming", "wangming", "zhangyong", "zhangjie", "lijun", "wanghui", "wangli", "liuyang",
         "zhangtao", "chenjing", "yangyang", "lixin", "zhangxin", "wangxin", "huanghui", "zhaolei", "sunli", "zhouli",
         "xiaoming", "xiaohong", "xiaowang", "xiaoli", "xiaozhang", "laowang", "laoli", "baobao", "beibei", "tiantian",
         "zhongguo", "china", "beijing", "shanghai", "guangzhou", "shenzhen", "tianjin", "chengdu", "wuhan",
         "nanjing", "hangzhou", "aiqing", "xingfu", "kuaile", "pingan", "fuqi", "yiyuan", "houqin", "wuye",
         "baojie", "anquan", "mima", "woshishui", "wodemima", "nihao", "nihaoma", "haoren", "caonima", "tianya",
         "qwerty", "qwert", "asdf", "asdfgh", "zxcvbn", "zxcvbnm", "qazwsx", "qweasd", "1qaz2wsx", "1q2w3e4r",
         "1q2w3e", "zaq12wsx", "qaz123", "password", "passw0rd", "p@ssw0rd", "p@ssword", "admin", "admin@",
         "administrator", "root", "system", "manager", "test", "user", "guest", "welcome", "iloveyou", "love",
         "abc", "abcd", "abcde", "abcdef", "aa", "a", "aaa", "qq", "logicheck", "huawei", "xiaomi", "baidu", "taobao",
         "weixin", "wechat", "tencent", "alibaba", "dragon", "monkey", "super", "sunshine", "princess"]
for w in words:
    for n in numbers:
        chosen.add(w + n)
        if n in ("520", "1314", "5201314", "123", "123456"):
            chosen.add(n + w)
# enterprise defaults: Admin@123456, Abc@123456, Qwer@1234 ...
for w in ["admin", "abc", "qwer", "qwe", "asd", "zxc", "pass", "test", "root", "sys", "user", "aa", "a"]:
    for sep in ["@", "#", "!", ".", "_", "*"]:
        for n in ["123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "888", "8888", "666", "2020"]:
            chosen.add(w + sep + n)
# keyboard walks and digit walks, with the usual endings
for walk in ["1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "qazwsxedc", "qazwsxedcrfv", "1q2w3e4r5t", "1q2w3e4r5t6y",
             "q1w2e3r4t5", "q1w2e3r4t5y6", "qweasdzxc", "qwertyuiop", "asdfghjkl", "zxcvbnm123", "1234qwer",
             "12345qwert", "123qweasd", "123qweasdzxc", "qwer1234", "asdf1234", "zxcv1234", "!qaz2wsx",
             "!qaz@wsx", "1qaz@wsx", "qwe123456", "qwe123qwe", "asd123456", "zxc123456", "abc123456",
             "abc1234567", "abcd123456", "abcd1234", "a1b2c3d4e5", "a1s2d3f4g5", "aa123456789", "a123456789",
             "a1234567890", "qq123456789", "qaz123456", "wsx123456", "147258369a", "a147258369", "123456789a"]:
    chosen.add(walk)
    for n in ["", "!", "@", ".", "123", "1", "a"]:
        chosen.add(walk + n)

# all-digit favourites (refused by the all-digits rule anyway, listed so the list stands on its own)
chosen.update(["5201314", "1314520", "5211314", "520520520", "1314521", "11223344", "147258369", "159357456"])
chosen.update(d * k for d in "0123456789" for k in (6, 8, 9, 10))

for p in sorted(chosen):
    print(p)
