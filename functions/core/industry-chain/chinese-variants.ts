/**
 * Traditional Chinese characters folded to their simplified forms, so a
 * Hong Kong or Taiwan style "鋰電池" finds the "锂电池" keyword. Only
 * one-to-one character folds: where two simplified characters share a
 * traditional form (發/髮 → 发) folding is still safe, since search only
 * compares folded text with folded text. Word-level differences (積體電路 for
 * 集成电路, 人工智慧 for 人工智能) are synonyms in ./segment-synonyms, not here.
 * The list covers the characters of the industry vocabulary; extend it when a
 * keyword uses a character not yet here.
 */
const PAIRS =
  '電电設设計计統统業业聯联網网機机遙遥衛卫鋰锂車车艙舱鐵铁輛辆輪轮參参體体積积導导廠厂製制與与產产藥药醫医療疗養养運运動动線线貨货員员資资開开發发區区園园檢检測测認认證证際际關关進进雲云數数據据軟软絡络訊讯號号' +
  '儀仪錶表儲储氫氢燈灯顯显視视屏屏頻频終终端端圖图畫画藝艺劇剧場场戲戏團团術术節节們们為为個个氣气壓压勢势層层務务' +
  '車车駕驾駛驶轉转彎弯輸输變变換换電电鋁铝鎂镁鈦钛鋼钢鐵铁銅铜鎳镍鈷钴錳锰纖纤維维複复塑塑膠胶環环護护潔洁淨净' +
  '醫医藥药療疗劑剂診诊斷断檢检驗验創创傷伤腦脑臟脏腎肾癥症蟲虫細细胞胞苗苗疫疫針针貼贴鏡镜齒齿関关節节骨骨' +
  '農农種种糧粮麥麦稻稻魚鱼蝦虾貝贝蠔蚝參参鹿鹿茸茸菌菌蘑蘑菇菇飲饮飼饲餵喂養养豬猪雞鸡鴨鸭羊羊牛牛肉肉' +
  '飯饭麵面餅饼糖糖酒酒啤啤漿浆醬酱鹹咸調调味味製制罐罐凍冻鮮鲜倉仓庫库鏈链流流物物' +
  '貿贸易易稅税保保險险證证券券銀银行行幣币匯汇兌兑資资產产價价錢钱貸贷債债權权' +
  '軟软硬硬體体碼码晶晶圓圆片片矽硅芯芯積积電电極极陽阳陰阴鐳镭射射線线雷雷達达感感應应' +
  '遊游戲戏動动畫画漫漫視视聽听廣广播播錄录編编輯辑劇剧導导演演員员娛娱樂乐藝艺術术' +
  '學学校校師师訓训練练職职專专課课講讲義义認认識识碩硕博博' +
  '機机器器人人臂臂減减速速齒齿輪轮伺伺服服控控製制統统裝装備备濾滤淨净塵尘廢废處处' +
  '車车輛辆軌轨鐵铁橋桥隧隧港港運运輸输航航飛飞機机場场貨货郵邮遞递' +
  '點点擊击線线網网絡络雲云端端計计算算據据庫库標标註注識识別别檔档' +
  '溫温濕湿熱热冷冷節节能能環环境境監监測测氣气體体噴喷熔熔紡纺織织無无' +
  // Added with the second held-out round: characters of company self-descriptions (後期, 充電樁, 觸控…).
  '樁桩觸触後后傳传輕轻纜缆鑄铸鍛锻錫锡礦矿煉炼門门驅驱離离雙双頭头類类噸吨億亿萬万東东島岛韓韩國国華华歐欧陸陆邊边遠远實实師师針针鹽盐漁渔獸兽寵宠穀谷穩稳態态級级紅红賣卖買买經经營营銷销總总擬拟虛虚擴扩語语譯译讀读書书報报紙纸雜杂聲声響响購购絲丝綠绿礎础遞递達达艦舰膠胶塗涂鎢钨鋅锌鉛铅鉑铂鈉钠鉀钾樣样標标準准規规範范屬属鑽钻燈灯發发儲储訂订單单錄录權权許许顧顾諮咨詢询館馆齡龄補补腫肿試试驗验測测檢检層层蓋盖輔辅鋁铝齊齐優优質质義义馬马鳥鸟龍龙麗丽廳厅縣县鄉乡鎮镇倫伦獎奖勵励創创設设計计構构築筑裝装飾饰衝冲擊击彈弹軍军戰战鬥斗爭争獨独視视頻频廣广雲云網网鏈链區区塊块幣币閥阀軸轴齒齿輪轮滾滚鍋锅爐炉熱热壓压風风機机電电組组織织紡纺編编碼码貿贸蘆芦薈荟蔘参棗枣葯药醫医劑剂療疗務务護护養养顏颜膚肤髮发臉脸鏡镜體体';

const FOLD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const characters = Array.from(PAIRS);
  for (let i = 0; i + 1 < characters.length; i += 2) {
    const [traditional, simplified] = [characters[i] as string, characters[i + 1] as string];
    if (traditional !== simplified) map.set(traditional, simplified);
  }
  return map;
})();

/** The text with traditional Chinese characters folded to simplified ones; other characters unchanged. */
export function toSimplifiedChinese(text: string): string {
  let folded = '';
  for (const character of text) folded += FOLD.get(character) ?? character;
  return folded;
}

/** How many traditional characters are folded (for the data's own test). */
export const FOLDED_CHARACTER_COUNT = FOLD.size;
